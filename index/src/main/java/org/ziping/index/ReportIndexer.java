package org.ziping.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.ziping.index.region.RegionResolver;
import org.ziping.io.Json;
import org.ziping.pipeline.Extraction;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;

/**
 * Adds input files to the index, one Lucene document per report.
 *
 * <p>Algorithm, per input file (a {@code .json} file is read as an extracted document, anything
 * else goes through the {@link Extraction} found by {@link ServiceLoader}): the file's sha256 is
 * compared with the one stored for the same absolute path; unchanged files are skipped. Otherwise
 * all documents of that path are deleted (by the {@code input} term), so are documents with the new
 * reports' ids (the same original indexed from another path), and the new reports are added. The
 * writer commits every {@value #COMMIT_EVERY} files and at the end, so an interrupted run keeps its
 * work and a re-run goes on where it stopped.
 *
 * <p>Known limits: a file deleted from disk stays in the index until its path is indexed again or
 * the index folder is removed; the skip test trusts the file content hash, so a change in the
 * extractor does not re-index unchanged JSON inputs (remove the index folder to rebuild).
 */
public final class ReportIndexer implements Closeable {
  static final int COMMIT_EVERY = 200;
  private static final long PROGRESS_MILLIS = 2_000;

  private final Directory dir;
  private final IndexWriter writer;
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  private final Optional<Extraction> extraction;
  private final ReportSummaries summaries;
  private final PrintWriter log;
  private final Map<String, String> indexedSha = new HashMap<>();

  /** The outcome of one run. {@code failures} holds "path: reason" lines. */
  public record Run(int files, int indexed, int unchanged, int failed, int reports,
                    List<String> failures) {}

  public ReportIndexer(Path indexDir, Optional<Extraction> extraction, PrintWriter log)
      throws IOException {
    Files.createDirectories(indexDir);
    this.dir = FSDirectory.open(indexDir);
    IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(dir, cfg);
    this.extraction = extraction;
    this.summaries = new ReportSummaries(RegionResolver.standard());
    this.log = log;
    loadIndexedHashes();
  }

  /** The extraction implementation on the classpath, if any. */
  public static Optional<Extraction> findExtraction() {
    return ServiceLoader.load(Extraction.class).findFirst();
  }

  private void loadIndexedHashes() throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : r.leaves()) {
        StoredFields sf = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int i = 0; i < leaf.reader().maxDoc(); i++) {
          if (live == null || live.get(i)) {
            Document d = sf.document(i, java.util.Set.of(IndexSchema.INPUT,
                IndexSchema.INPUT_SHA256));
            indexedSha.put(d.get(IndexSchema.INPUT), d.get(IndexSchema.INPUT_SHA256));
          }
        }
      }
    }
  }

  public Run index(List<Path> inputs) throws IOException {
    int indexed = 0;
    int unchanged = 0;
    int failed = 0;
    int reports = 0;
    List<String> failures = new ArrayList<>();
    long lastProgress = System.currentTimeMillis();
    for (int i = 0; i < inputs.size(); i++) {
      Path p = inputs.get(i);
      String key = p.toAbsolutePath().normalize().toString();
      try {
        if (!Files.isRegularFile(p)) {
          throw new IOException("not a readable file");
        }
        String sha = sha256(p);
        if (sha.equals(indexedSha.get(key))) {
          unchanged++;
        } else {
          ExtractedDocument doc = read(p);
          if ((doc.reports() == null || doc.reports().isEmpty()) && doc.errors() != null
              && !doc.errors().isEmpty()) {
            throw new IOException("extraction failed: " + doc.errors().get(0).message());
          }
          List<ReportSummary> sums = summaries.of(doc, key, sha);
          writer.deleteDocuments(new Term(IndexSchema.INPUT, key));
          for (ReportSummary s : sums) {
            writer.deleteDocuments(new Term(IndexSchema.ID, s.id()));
          }
          List<Report> rs = doc.reports() == null ? List.of() : doc.reports();
          for (int n = 0; n < sums.size(); n++) {
            Document d = IndexSchema.toDocument(sums.get(n), rs.get(n), sha);
            writer.addDocument(facets.build(d));
          }
          indexedSha.put(key, sha);
          indexed++;
          reports += sums.size();
          if (sums.isEmpty()) {
            log.println("index: " + p + ": no report found in this file");
          }
          if (doc.errors() != null && !doc.errors().isEmpty()) {
            log.println("index: " + p + ": the extraction recorded " + doc.errors().size()
                + " error(s), first: " + doc.errors().get(0).message());
          }
        }
      } catch (IOException | RuntimeException e) {
        failed++;
        String reason = e.getMessage() == null ? e.toString()
            : e.getMessage().lines().findFirst().orElse(e.toString());
        String msg = p + ": " + reason;
        failures.add(msg);
        log.println("index: " + msg);
      }
      if ((i + 1) % COMMIT_EVERY == 0) {
        writer.commit();
      }
      long now = System.currentTimeMillis();
      if (now - lastProgress >= PROGRESS_MILLIS && i + 1 < inputs.size()) {
        log.printf(Locale.ROOT, "index: %d/%d files (%d indexed, %d unchanged, %d failed)%n",
            i + 1, inputs.size(), indexed, unchanged, failed);
        lastProgress = now;
      }
    }
    writer.commit();
    log.flush();
    return new Run(inputs.size(), indexed, unchanged, failed, reports, failures);
  }

  private ExtractedDocument read(Path p) throws IOException {
    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      ExtractedDocument doc = Json.mapper().readValue(p.toFile(), ExtractedDocument.class);
      if (doc.reports() == null && doc.source() == null) {
        throw new IOException("not an extracted document (no source, no reports)");
      }
      return doc;
    }
    Extraction ex = extraction.orElseThrow(() -> new IOException(
        "no extraction available on the classpath to read this non-JSON file; run "
            + "`ziping extract` first and index its JSON output"));
    return ex.extract(p);
  }

  static String sha256(Path p) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      try (InputStream in = Files.newInputStream(p)) {
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
          md.update(buf, 0, n);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
