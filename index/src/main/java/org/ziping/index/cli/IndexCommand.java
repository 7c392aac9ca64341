package org.ziping.index.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ziping.index.IndexInputs;
import org.ziping.index.ReportIndexer;
import org.ziping.index.cluster.ClusterOptions;
import org.ziping.pipeline.Extraction;
import org.ziping.pipeline.OrderedPool;
import org.ziping.cli.ConsoleCommand;
import picocli.CommandLine.Command;
import org.ziping.cli.FolderWalkOption;
import org.ziping.cli.OcrOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ziping index PATH... --index DIR}: adds extracted JSON documents (or documents, extracted
 * on the fly when an extraction is on the classpath) to a Lucene index, incrementally (see
 * {@link ReportIndexer}). Folders are walked for .json and document files (txt, pdf, docx, doc, wps, html, htm, mht, xlsx, xls, et, rtf); without
 * an extraction only their .json files are taken, and the others are counted and named once.
 * JSON Lines files ({@code *.jsonl}, the {@code part-*} files of a Spark output folder holding
 * {@code _SUCCESS}, or every file with {@code --jsonl}) are read a line at a time, each line an
 * extracted document ({@link IndexInputs}). Progress and the summary go to stderr. Exit 1 when
 * any input failed.
 */
@Command(name = "index",
    description = "Add extracted reports (JSON from `ziping extract`, or documents) to a search "
        + "index. Unchanged files are skipped; changed files replace their reports.")
public final class IndexCommand extends ConsoleCommand {
  private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "pdf", "docx", "doc", "wps",
      "html", "htm", "mht", "mhtml", "xlsx", "xls", "et", "rtf");

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
  List<Path> paths;

  @Option(names = "--index", paramLabel = "DIR", description = "index folder")
  Path index;

  @Mixin
  ClusterOptions cluster = new ClusterOptions();

  @Option(names = "--threads", paramLabel = "N",
      description = "files read and analysed at once (default: the available processors, "
          + "${DEFAULT-VALUE})")
  int threads = OrderedPool.defaultThreads();

  @Option(names = "--commit-every", paramLabel = "SECONDS",
      description = "commit the work done when this many seconds have passed since the last "
          + "commit (an interrupted run keeps what was committed; 0: after every file; default "
          + "${DEFAULT-VALUE})")
  long commitSeconds = ReportIndexer.DEFAULT_COMMIT_INTERVAL.toSeconds();

  @Option(names = "--jsonl",
      description = "read every input file as JSON Lines (one extracted document a line); in "
          + "folders skip hidden files, names starting with _ (_SUCCESS) and .crc files. Without "
          + "it, *.jsonl files and the part-* files of a Spark output folder (one holding "
          + "_SUCCESS) are JSON Lines")
  boolean jsonl;

  @Mixin
  FolderWalkOption folders = new FolderWalkOption();

  @Mixin
  OcrOption ocr = new OcrOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = err();
    if (threads < 1) {
      err.println("ziping: index: --threads must be at least 1");
      return 2;
    }
    if (commitSeconds < 0) {
      err.println("ziping: index: --commit-every must be 0 or more seconds");
      return 2;
    }
    if (!cluster.namesOneIndex(index, err, "ziping: index: ")) {
      return 2;
    }
    Optional<Extraction> extraction = ReportIndexer.findExtraction().map(e -> e.withOcr(ocr.mode()));
    List<Path> inputs = new ArrayList<>();
    int skippedDocuments = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p) && jsonl) {
        inputs.addAll(jsonLinesFiles(p));
      } else if (Files.isDirectory(p)) {
        List<Path> lines = new ArrayList<>();
        for (Path f : jsonLinesFiles(p)) {
          if (IndexInputs.isJsonLines(f)) {
            lines.add(f);
          }
        }
        for (Path f : folders.walk(List.of(p), err, "index").files()) {
          if (Files.isDirectory(f)) {
            if (lines.isEmpty()) {
              inputs.add(f); // a folder without input files: fails as "a folder holding no input files"
            }
            continue;
          }
          String ext = extension(f);
          if (IndexInputs.isJsonLines(f)) {
            continue; // JSON Lines, taken below from the listing above
          } else if (ext.equals("json")) {
            inputs.add(f);
          } else if (DOCUMENT_EXTENSIONS.contains(ext)) {
            if (extraction.isPresent()) {
              inputs.add(f);
            } else {
              skippedDocuments++;
            }
          }
        }
        inputs.addAll(lines);
      } else {
        inputs.add(p);
      }
    }
    if (skippedDocuments > 0) {
      err.println("index: " + skippedDocuments + " document file(s) in the folders skipped: no "
          + "extraction on the classpath; index the JSON of `ziping extract` instead");
    }
    Supplier<Optional<Extraction>> extractions = extraction.isPresent()
        ? () -> ReportIndexer.findExtraction().map(e -> e.withOcr(ocr.mode()))
        : Optional::empty;
    IndexInputs indexInputs = jsonl ? IndexInputs.of(inputs, f -> true) : IndexInputs.of(inputs);
    ReportIndexer.Run run;
    if (cluster.given()) {
      try {
        run = cluster.backend().index(cluster.target(), indexInputs, extractions, threads, err);
      } catch (IOException e) {
        err.println("index: " + cluster.describe() + ": " + e.getMessage());
        return 1;
      }
    } else {
      try (ReportIndexer indexer = new ReportIndexer(index, extractions, err)) {
        run = indexer.commitEvery(Duration.ofSeconds(commitSeconds))
            .index(indexInputs, threads);
      }
    }
    err.printf(Locale.ROOT, "index: %d input(s): %d indexed (%d reports), %d unchanged, %d failed"
        + " -> %s%n", run.files(), run.indexed(), run.reports(), run.unchanged(), run.failed(),
        cluster.given() ? cluster.describe() : index);
    return run.failed() > 0 ? 1 : 0;
  }

  /**
   * The files under {@code dir} that may be JSON Lines, sorted: not hidden (no part of the path
   * starting with "."), not a Spark side file ({@code _SUCCESS}, {@code .crc}).
   */
  private static List<Path> jsonLinesFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
      s.filter(Files::isRegularFile).sorted().forEach(f -> {
        for (Path part : dir.relativize(f)) {
          if (part.toString().startsWith(".")) {
            return;
          }
        }
        if (!IndexInputs.isSparkSideFile(f)) {
          out.add(f);
        }
      });
    }
    if (out.isEmpty()) {
      out.add(dir); // fails as "a folder holding no input files"
    }
    return out;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1);
  }
}
