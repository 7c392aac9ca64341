package org.ziping.spark;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.TaskCompletionListener;
import org.ziping.cli.ExtractCommand;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import org.ziping.report.ReportJson;
import org.ziping.pipeline.ExtractionPool;
import org.ziping.pipeline.ExtractionWorker;
import org.ziping.pipeline.FileBudget;
import org.ziping.pipeline.ForkedExtraction;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * The extraction of one Spark partition of inputs, on an executor: each file goes through
 * {@code extract}'s own {@link ForkedExtraction} (a worker JVM per task, reused for the files of
 * the partition, under the same time and heap budget per file and the same text limit), and comes
 * out as one line of JSON ({@link ReportJson#line}) of the same {@link ExtractedDocument} that
 * {@code extract} writes as a file.
 *
 * <p>A local path is handed to the worker as it is. A file of another file system is first copied
 * (through Hadoop's {@link FileSystem}) into a temporary folder of the executor under its own name
 * (the name's extension helps the format detection), unless it is larger than the ingest's file
 * size limit, which refuses it with {@code DocumentReader}'s message without copying; in the
 * document the copy's path is replaced by the URI as listed (source, errors and their messages),
 * and the copy is deleted after the file. Nothing thrown for one file ends the task: it becomes the
 * file's document with the reason in {@code errors}, as in {@code extract}.
 *
 * <p>The worker JVM's class path is this JVM's with the jar (or folder) holding the extractor put
 * first ({@link #workerClassPath}): on a cluster the application jar reaches an executor through a
 * class loader, not its {@code java.class.path}. The worker is closed when the task completes,
 * whether or not its iterator was consumed to the end.
 */
final class PartitionExtraction implements FlatMapFunction<Iterator<SparkInputs.Input>, String> {
  private static final long serialVersionUID = 1L;

  /** What every task needs to extract as {@code extract} does; sent with the task. */
  record Settings(int timeoutSeconds, int heapMb, int maxTextChars, OcrMode ocr,
                  long filesPerWorker, Map<String, String> hadoopConf) implements Serializable {
    FileBudget budget() {
      return new FileBudget(Duration.ofSeconds(timeoutSeconds), heapMb);
    }

    IngestConfig config() {
      return IngestConfig.defaults().withOcr(ocr).withMaxTextChars(maxTextChars);
    }
  }

  /** Counts for the summary line (a retried task counts again). */
  record Counters(LongAccumulator files, LongAccumulator reports, LongAccumulator failed)
      implements Serializable {}

  private final Settings settings;
  private final Counters counters;

  PartitionExtraction(Settings settings, Counters counters) {
    this.settings = settings;
    this.counters = counters;
  }

  @Override
  public Iterator<String> call(Iterator<SparkInputs.Input> inputs) throws IOException {
    ForkedExtraction extraction = new ForkedExtraction(settings.budget(), settings.config(),
        settings.filesPerWorker(), workerClassPath());
    Path scratch = Files.createTempDirectory("ziping-spark-");
    TaskContext task = TaskContext.get();
    Runnable cleanUp = () -> {
      extraction.close();
      deleteQuietly(scratch);
    };
    if (task != null) {
      task.addTaskCompletionListener((TaskCompletionListener) ctx -> cleanUp.run());
    }
    Configuration conf = null;
    if (!settings.hadoopConf().isEmpty()) {
      conf = new Configuration(false);
      for (Map.Entry<String, String> e : settings.hadoopConf().entrySet()) {
        conf.set(e.getKey(), e.getValue());
      }
    }
    Configuration hadoop = conf;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = inputs.hasNext();
        if (!more && task == null) {
          cleanUp.run();
        }
        return more;
      }

      @Override
      public String next() {
        SparkInputs.Input in = inputs.next();
        ExtractedDocument d = extractOne(extraction, in.path(), scratch, hadoop);
        if (counters != null) {
          counters.files().add(1);
          counters.reports().add(d.reports().size());
          if (ExtractCommand.failed(d)) {
            counters.failed().add(1);
          }
        }
        return ReportJson.line(d);
      }
    };
  }

  /** The document of one input; never throws for a bad file. */
  ExtractedDocument extractOne(ForkedExtraction extraction, String path, Path scratch,
                               Configuration hadoop) {
    if (SparkInputs.isLocal(path)) {
      Path file = SparkInputs.localPath(path);
      try {
        return extraction.extract(file);
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        return ExtractionPool.failure(file, e);
      }
    }
    Path copy = null;
    try {
      org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = remote.getFileSystem(hadoop == null ? new Configuration() : hadoop);
      FileStatus status;
      try {
        status = fs.getFileStatus(remote);
      } catch (FileNotFoundException e) {
        return failure(path, "ingest", path + ": no such file");
      }
      if (status.isDirectory()) {
        return failure(path, "ingest", path + ": a folder holding no input files");
      }
      long limit = settings.config().maxFileBytes();
      if (status.getLen() > limit) {
        return failure(path, "ingest", path + ": file of " + status.getLen()
            + " bytes is larger than the limit of " + limit);
      }
      Path dir = Files.createTempDirectory(scratch, "f");
      copy = dir.resolve(remote.getName());
      try (InputStream in = fs.open(remote)) {
        Files.copy(in, copy);
      }
      return relabel(extraction.extract(copy), copy.toString(), path);
    } catch (IOException | RuntimeException e) {
      return failure(path, "ingest", path + ": could not be read: " + e);
    } catch (OutOfMemoryError | StackOverflowError e) {
      return failure(path, "extract", e.toString());
    } finally {
      if (copy != null) {
        deleteQuietly(copy.getParent());
      }
    }
  }

  private static ExtractedDocument failure(String path, String stage, String message) {
    return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
        new SourceRef(path, null, null, null), List.of(),
        List.of(new ErrorEntry(path, stage, message)));
  }

  /** The document with the local copy's path replaced by the input's URI. */
  static ExtractedDocument relabel(ExtractedDocument d, String local, String uri) {
    SourceRef s = d.source();
    SourceRef source = s == null ? null
        : new SourceRef(replace(s.file(), local, uri), s.format(), s.sha256(), s.pages());
    List<ErrorEntry> errors = new ArrayList<>();
    for (ErrorEntry e : d.errors()) {
      errors.add(new ErrorEntry(replace(e.file(), local, uri), e.stage(),
          replace(e.message(), local, uri), e.severity()));
    }
    return new ExtractedDocument(d.schemaVersion(), source, d.reports(), errors);
  }

  private static String replace(String text, String local, String uri) {
    return text == null ? null : text.replace(local, uri);
  }

  /**
   * The worker JVM's class path: the jar or folder this JVM loaded the extractor from, then
   * {@code java.class.path}.
   */
  static String workerClassPath() {
    String cp = System.getProperty("java.class.path", "");
    try {
      var source = ExtractionWorker.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null
          && "file".equals(source.getLocation().getProtocol())) {
        String own = new File(source.getLocation().toURI()).getPath();
        return cp.isEmpty() ? own : own + File.pathSeparator + cp;
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall back to this JVM's class path
    }
    return cp;
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a temporary folder left behind is removed with the executor's temporary files
    }
  }
}
