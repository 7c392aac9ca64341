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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.ziping.index.region.RegionResolver;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.Extraction;
import org.ziping.pipeline.OrderedPool;
import org.ziping.pipeline.StoredDocuments;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Report;

/**
 * Adds input files to the index, one Lucene document per report.
 *
 * <p>Algorithm, per input file (a {@code .json} file is read as an extracted document, anything
 * else goes through the {@link Extraction} found by {@link ServiceLoader}; a JSON Lines file is
 * read line by line, each line an extracted document keyed by its source path and sha256, see
 * {@link IndexInputs}): the file's sha256 is compared with the one stored for the same absolute
 * path; unchanged files are skipped. Otherwise
 * all documents of that path are deleted (by the {@code input} term), so are documents with the new
 * reports' ids (the same original indexed from another path), and the new reports are added. The
 * writer commits when {@link #DEFAULT_COMMIT_INTERVAL} (or the interval given to
 * {@link #commitEvery}) has passed since the last commit, and at the end, so an interrupted run
 * keeps its work up to the last commit and a re-run goes on where it stopped. A commit flushes the
 * segments being built, so commits by time rather than by file count keep the segments at the
 * size of the RAM buffer (a commit every 200 files made a small segment, and merge work, every
 * 200 one-report files). Flushed segments are written as separate files (no compound file: it
 * would copy every flushed segment once more); merged segments follow the merge policy's default.
 * After the last commit, the small segments the run left are merged into one
 * ({@link TailMergePolicy}): a search pays for every segment.
 *
 * <p>Known limits: a file deleted from disk stays in the index until its path is indexed again or
 * the index folder is removed; the skip test trusts the file content hash, so a change in the
 * extractor does not re-index unchanged JSON inputs (remove the index folder to rebuild).
 */
public final class ReportIndexer implements Closeable {
  /** How often a run commits unless told otherwise ({@link #commitEvery}). */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);
  /**
   * The writer's buffer before it flushes a segment (Lucene's default is 16 MB). 128 MB rather
   * than 64: at 100,000 reports the index ends with 7 segments instead of 12, indexing took 306 s
   * instead of 322-325 s, and a new query ×0.85-0.90 of the CPU (docs/speed.md, "Fewer segments");
   * with at most 2 N files in flight it stays within a 512 MB heap.
   */
  static final double RAM_BUFFER_MB = 128;

  private final Directory dir;
  private final IndexWriter writer;
  private final TailMergePolicy tailMerge;
  private final FacetsConfig facets = IndexSchema.facetsConfig();
  private final Supplier<Optional<Extraction>> extractions;
  private final ReportSummaries summaries;
  private final PrintWriter log;
  private final Map<String, String> indexedSha = new HashMap<>();
  private long commitNanos = DEFAULT_COMMIT_INTERVAL.toNanos();
  private boolean mergeTail = true;

  /**
   * The outcome of one run. {@code files} counts the inputs: files, and the lines of JSON Lines
   * files ({@link IndexInputs}); {@code failures} holds "path: reason" lines ("path: line N:
   * reason" for a line).
   */
  public record Run(int files, int indexed, int unchanged, int failed, int reports,
                    List<String> failures) {}

  public ReportIndexer(Path indexDir, Optional<Extraction> extraction, PrintWriter log)
      throws IOException {
    this(indexDir, () -> extraction, log);
  }

  /**
   * An indexer whose pool threads each get their own extraction from {@code extractions} (an
   * extraction keeps parser state; {@link #findExtraction()} makes a new one per call).
   */
  public ReportIndexer(Path indexDir, Supplier<Optional<Extraction>> extractions, PrintWriter log)
      throws IOException {
    Files.createDirectories(indexDir);
    this.dir = FSDirectory.open(indexDir);
    if (DirectoryReader.indexExists(dir)) {
      try {
        IndexSchema.checkFormat(SegmentInfos.readLatestCommit(dir).getUserData(), indexDir);
      } catch (IOException e) {
        dir.close();
        throw e;
      }
    }
    IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.analyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
    cfg.setUseCompoundFile(false);
    this.tailMerge = new TailMergePolicy(cfg.getMergePolicy());
    cfg.setMergePolicy(tailMerge);
    this.writer = new IndexWriter(dir, cfg);
    writer.setLiveCommitData(Map.of(IndexSchema.FORMAT_KEY, String.valueOf(IndexSchema.FORMAT))
        .entrySet());
    this.extractions = extractions;
    this.summaries = new ReportSummaries(RegionResolver.standard());
    this.log = log;
    loadIndexedHashes();
  }

  /**
   * Commits when {@code interval} has passed since the last commit (checked after each file;
   * zero commits after every file), and at the end of each run.
   */
  public ReportIndexer commitEvery(Duration interval) {
    if (interval.isNegative()) {
      throw new IllegalArgumentException("a negative commit interval: " + interval);
    }
    this.commitNanos = interval.toNanos();
    return this;
  }

  /**
   * Whether a run ends by merging the small segments it left into one ({@link TailMergePolicy};
   * on unless turned off). Off keeps every flushed segment apart, as tests of per-segment code
   * want them.
   */
  public ReportIndexer mergeTail(boolean on) {
    this.mergeTail = on;
    return this;
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
            InputHash h = new InputHash();
            sf.document(i, h);
            indexedSha.put(h.input, h.sha);
          }
        }
      }
    }
  }

  /**
   * Reads a document's input path and hash and stops there: they are stored before the text and
   * the report JSON, which would otherwise be decompressed to be skipped.
   */
  private static final class InputHash extends StoredFieldVisitor {
    String input;
    String sha;

    @Override
    public Status needsField(FieldInfo fi) {
      if (input != null && sha != null) {
        return Status.STOP;
      }
      return fi.name.equals(IndexSchema.INPUT) || fi.name.equals(IndexSchema.INPUT_SHA256)
          ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fi, String value) {
      if (fi.name.equals(IndexSchema.INPUT)) {
        input = value;
      } else {
        sha = value;
      }
    }
  }

  public Run index(List<Path> inputs) throws IOException {
    return index(inputs, 1);
  }

  /** Indexes files, JSON Lines by the standard rule ({@link IndexInputs#isJsonLines}). */
  public Run index(List<Path> inputs, int threads) throws IOException {
    return index(IndexInputs.of(inputs), threads);
  }

  /** A file prepared on a pool thread: its documents, built and ready to add, or why not. */
  /**
   * Indexes {@code inputs} with {@code threads} threads: reading, extraction and document building
   * run on a pool ({@link OrderedPool}) and the analysis of the documents ({@code addDocuments})
   * on {@code threads} adder threads; deletes are issued in input order, and a file whose path or
   * report ids are still being added by an earlier file waits for it, so the index holds what a
   * run on one thread leaves.
   */
  public Run index(IndexInputs inputs, int threads) throws IOException {
    IndexTally tally = new IndexTally(log, inputs.knownSize(), "indexed");
    Map<String, String> knownSha = new HashMap<>(indexedSha); // read-only on the pool threads
    long[] lastCommit = {System.nanoTime()};
    ExecutorService adders = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "ziping-index-adder");
      t.setDaemon(true);
      return t;
    });
    Deque<Adding> adding = new ArrayDeque<>();
    try {
      PreparedInput.<Document>pool(threads, extractions, knownSha, summaries,
          (e, sha) -> facets.build(IndexSchema.toDocument(e.summary(), e.report(), e.text(), sha)))
          .run(inputs, (p, prepared) -> {
            PreparedInput<Document> prep = prepared.againstIndexed(indexedSha);
            if (tally.toWrite(p, prep)) {
              if (collides(adding, prep)) {
                drain(adding, 0);
              }
              writer.deleteDocuments(new Term(IndexSchema.INPUT, prep.key()));
              for (String id : prep.ids()) {
                writer.deleteDocuments(new Term(IndexSchema.ID, id));
              }
              List<Document> docs = prep.docs();
              adding.addLast(new Adding(prep, adders.submit(() -> {
                writer.addDocuments(docs);
                return null;
              })));
              drain(adding, 2 * threads);
              indexedSha.put(prep.key(), prep.sha());
              tally.done(docs.size());
              prep.notes().forEach(n -> log.println("index: " + p + ": " + n));
            }
            boolean more = tally.next();
            if (System.nanoTime() - lastCommit[0] >= commitNanos && more) {
              drain(adding, 0);
              writer.commit();
              lastCommit[0] = System.nanoTime();
            }
            tally.progress(more);
          });
      drain(adding, 0);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    } finally {
      adders.shutdownNow();
    }
    writer.commit();
    if (mergeTail) {
      mergeTail();
    }
    log.flush();
    return tally.run();
  }

  /**
   * Merges the small segments the run (and earlier runs) left into one ({@link TailMergePolicy})
   * and commits it: a search pays for every segment.
   */
  private void mergeTail() throws IOException {
    long start = System.nanoTime();
    writer.forceMerge(Integer.MAX_VALUE); // the policy merges the tail and nothing else
    TailMergePolicy.Tail tail = tailMerge.takeLast();
    if (tail.segments() > 0) {
      writer.commit();
      log.printf(Locale.ROOT, "index: merged %d small segments (%.1f MB) into one in %.1f s%n",
          tail.segments(), tail.bytes() / 1e6, (System.nanoTime() - start) / 1e9);
    }
  }

  private record Adding(PreparedInput<Document> prep, Future<?> done) {}

  private static boolean collides(Deque<Adding> adding, PreparedInput<Document> prep) {
    for (Adding a : adding) {
      if (a.prep().key().equals(prep.key())
          || a.prep().ids().stream().anyMatch(prep.ids()::contains)) {
        return true;
      }
    }
    return false;
  }

  /** Waits for the oldest adds until at most {@code keep} are running. */
  private static void drain(Deque<Adding> adding, int keep) throws IOException {
    while (adding.size() > keep) {
      try {
        adding.removeFirst().done().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while indexing", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io
            : new IOException("indexing failed: " + e.getCause(), e.getCause());
      }
    }
  }

  /** The first line of an exception's message (a reason for the run's failures). */
  public static String reason(Throwable e) {
    return e.getMessage() == null ? e.toString()
        : e.getMessage().lines().findFirst().orElse(e.toString());
  }

  /** One report of an input file as an index holds it: its summary, the report, its text. */
  public record Entry(ReportSummary summary, Report report, String text) {}

  /** The reports of one input file ({@link Entry}) and notes on it (no report, extraction errors). */
  public record FileReports(List<Entry> entries, List<String> notes) {}

  /**
   * The reports of the input file {@code p} (JSON of {@code ziping extract}, or a document read by
   * {@code extraction}) as every index holds them: one {@link Entry} per report, with the stable id
   * of {@link ReportSummaries}. The Lucene index and the cluster backends ({@code
   * org.ziping.index.cluster}) build their documents from these. JSON written by an older version
   * is completed first ({@link StoredDocuments#complete}: facts, overall execution rate), so the
   * index stores and reads the same records whatever wrote the JSON. Throws when the extraction
   * failed and gave no report.
   */
  public static FileReports reportsOf(Optional<Extraction> extraction, Path p, String key,
                                      String sha, ReportSummaries summaries) throws IOException {
    return reportsOf(read(extraction, p), key, sha, summaries);
  }

  /**
   * The reports of an extracted document already read (a line of a JSON Lines file), keyed by
   * {@code key} and {@code sha} as {@link #reportsOf(Optional, Path, String, String,
   * ReportSummaries)} keys a file's.
   */
  public static FileReports reportsOf(ExtractedDocument doc, String key, String sha,
                                      ReportSummaries summaries) throws IOException {
    if (doc.reports().isEmpty() && !doc.errors().isEmpty()) {
      throw new IOException("extraction failed: " + doc.errors().get(0).message());
    }
    doc = StoredDocuments.complete(doc);
    List<Report> rs = doc.reports();
    List<String> texts = rs.stream().map(ReportText::fullText).toList();
    List<ReportSummary> sums = summaries.of(doc, key, sha, texts);
    List<Entry> entries = new ArrayList<>();
    for (int n = 0; n < sums.size(); n++) {
      entries.add(new Entry(sums.get(n), rs.get(n), texts.get(n)));
    }
    List<String> notes = new ArrayList<>();
    if (sums.isEmpty()) {
      notes.add("no report found in this file");
    }
    if (!doc.errors().isEmpty()) {
      notes.add("the extraction recorded " + doc.errors().size()
          + " error(s), first: " + doc.errors().get(0).message());
    }
    return new FileReports(entries, notes);
  }

  private static ExtractedDocument read(Optional<Extraction> extraction, Path p)
      throws IOException {
    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      ExtractedDocument doc = ReportJson.mapper().readValue(p.toFile(), ExtractedDocument.class);
      if (doc.reports().isEmpty() && doc.source() == null) {
        throw new IOException("not an extracted document (no source, no reports)");
      }
      return doc;
    }
    Extraction ex = extraction.orElseThrow(() -> new IOException(
        "no extraction available on the classpath to read this non-JSON file; run "
            + "`ziping extract` first and index its JSON output"));
    return ex.extract(p);
  }

  /** The sha256 of some bytes, in lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sha256 of a file's bytes, in lower-case hex. */
  public static String sha256(Path p) throws IOException {
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
    IOUtils.close(writer, dir);
  }
}
