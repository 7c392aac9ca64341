package org.ziping.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.ziping.cli.ExtractionOptions;
import org.ziping.cli.OcrOption;
import org.ziping.cli.VersionProvider;
import org.ziping.ingest.IngestConfig;
import org.ziping.pipeline.FileBudget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ziping-spark}: {@code extract} as a Spark job. Reads a folder or a list of input files
 * (local paths, {@code hdfs://}, {@code s3a://} …; {@link SparkInputs}), extracts and audits each
 * file with {@code extract}'s own pipeline and budgets on the executors
 * ({@link PartitionExtraction}), and writes into the output folder:
 *
 * <ul>
 *   <li>{@code reports/}: the report JSON of every input, one line each (JSON Lines, Spark's text
 *       files {@code part-NNNNN-….txt}; the parts in input order, the lines in input order within a
 *       part), the same document {@code extract} writes as a file;</li>
 *   <li>{@code findings/}: Parquet, one row per finding ({@link ResultTables#FINDINGS});</li>
 *   <li>{@code errors/}: Parquet, one row per error or warning entry ({@link ResultTables#ERRORS}).</li>
 * </ul>
 *
 * A file that cannot be read, that runs over its time or memory budget, or that is too large, is a
 * line with its {@code errors} (and rows of {@code errors/}), never a failed job: the exit status
 * is 0 when the job ran, 1 when Spark itself failed, 2 on bad usage (an output folder that exists,
 * without {@code --overwrite}; no input). The inputs are cut into partitions of consecutive files;
 * each task runs one worker JVM for its partition.
 */
@Command(name = "ziping-spark", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Extract reports as a Spark job: JSON Lines of the report documents, Parquet "
        + "tables of findings and errors.")
public final class SparkExtractJob implements Callable<Integer> {
  public static final int EXIT_OK = 0;
  public static final int EXIT_FAILED = 1;
  public static final int EXIT_USAGE = 2;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ExtractionOptions extraction = new ExtractionOptions();

  @Mixin
  OcrOption ocr = new OcrOption();

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "input files or folders: local paths or URIs of a Hadoop file system")
  List<String> paths = new ArrayList<>();

  @Option(names = "--list", paramLabel = "FILE",
      description = "a text file naming one input (file or folder, path or URI) a line")
  String listFile;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "output folder (local path or URI): reports/ (JSONL), findings/ and "
          + "errors/ (Parquet)")
  String output;

  @Option(names = "--overwrite", description = "replace the tables of an existing output folder")
  boolean overwrite;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[N], spark://…, yarn); default: spark-submit's")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "a Spark setting for the session this job creates (repeatable)")
  Map<String, String> conf = new LinkedHashMap<>();

  @Option(names = "--partitions", paramLabel = "N",
      description = "partitions of the input list (default: Spark's parallelism, and at most "
          + "1000 files a partition)")
  Integer partitions;

  @Option(names = {"-v", "--verbose"},
      description = "name each local file a folder walk skipped (hidden, or not a document)")
  boolean verbose;

  /** Files per partition at most, when {@code --partitions} is not given. */
  static final int MAX_FILES_PER_PARTITION = 1_000;

  /** What a run did. */
  public record Summary(long files, long reports, long failed) {}

  private Summary summary;

  /**
   * The entry point of {@code spark-submit} and {@code bin/ziping-spark}: returns normally on
   * success (a driver that calls {@code System.exit} can be reported as failed by a cluster
   * manager), exits with the status otherwise.
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /** Runs the job with command-line arguments; the exit status. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new SparkExtractJob());
  }

  /** The summary of the last run of this command object (null before). */
  public Summary summary() {
    return summary;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Optional<ExtractionOptions.Settings> settings = extraction.settings(ocr, err, "ziping-spark");
    if (settings.isEmpty()) {
      return EXIT_USAGE;
    }
    if (partitions != null && partitions < 1) {
      err.println("ziping-spark: --partitions must be at least 1");
      return EXIT_USAGE;
    }
    boolean created = SparkSession.getActiveSession().isEmpty()
        && SparkSession.getDefaultSession().isEmpty();
    SparkSession.Builder builder = SparkSession.builder().appName("ziping extract");
    if (master != null) {
      builder.master(master);
    }
    conf.forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    try {
      return run(spark, settings.get().budget(), settings.get().config(), err);
    } finally {
      if (created) {
        spark.stop();
      }
    }
  }

  private int run(SparkSession spark, FileBudget budget, IngestConfig config, PrintWriter err)
      throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(output);
    FileSystem outFs = out.getFileSystem(hadoop);
    if (!overwrite) {
      for (String table : List.of("reports", "findings", "errors")) {
        if (outFs.exists(new Path(out, table))) {
          err.println("ziping-spark: " + new Path(out, table)
              + " exists; choose another output folder or give --overwrite");
          return EXIT_USAGE;
        }
      }
    }
    List<String> all = new ArrayList<>(paths);
    if (listFile != null) {
      all.addAll(SparkInputs.readList(listFile, hadoop));
    }
    if (all.isEmpty()) {
      err.println("ziping-spark: no input (give paths or --list FILE)");
      return EXIT_USAGE;
    }
    List<SparkInputs.Input> inputs = SparkInputs.expand(all, hadoop, err, verbose);
    err.flush();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int n = partitions != null ? partitions
        : Math.max(jsc.defaultParallelism(),
            (int) ((inputs.size() + MAX_FILES_PER_PARTITION - 1) / MAX_FILES_PER_PARTITION));
    n = Math.max(1, Math.min(n, inputs.size()));
    Map<String, String> hadoopEntries = new HashMap<>();
    if (inputs.stream().anyMatch(i -> !SparkInputs.isLocal(i.path()))) {
      hadoop.forEach(e -> hadoopEntries.put(e.getKey(), e.getValue()));
    }
    PartitionExtraction.Settings settings = new PartitionExtraction.Settings(
        (int) budget.timeout().toSeconds(), budget.heapMb(), config.maxTextChars(), config.ocr(),
        (inputs.size() + n - 1L) / n, hadoopEntries);
    PartitionExtraction.Counters counters = new PartitionExtraction.Counters(
        jsc.sc().longAccumulator("files"), jsc.sc().longAccumulator("reports"),
        jsc.sc().longAccumulator("failed"));
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;

    // parallelize cuts the list into slices of consecutive inputs: part i holds slice i, in order
    JavaRDD<String> lines = jsc.parallelize(inputs, n)
        .mapPartitions(new PartitionExtraction(settings, counters));
    String reports = new Path(out, "reports").toString();
    long t0 = System.nanoTime();
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode).text(reports);
    long t1 = System.nanoTime();

    // the tables from the lines written (read back, so that no file is extracted twice)
    JavaRDD<String> written = spark.read().textFile(reports).javaRDD();
    Dataset<Row> findings = spark.createDataFrame(
        written.flatMap(ResultTables::findingRows), ResultTables.FINDINGS);
    findings.write().mode(mode).parquet(new Path(out, "findings").toString());
    Dataset<Row> errors = spark.createDataFrame(
        written.flatMap(ResultTables::errorRows), ResultTables.ERRORS);
    String errorsPath = new Path(out, "errors").toString();
    errors.write().mode(mode).parquet(errorsPath);
    long t2 = System.nanoTime();

    summary = new Summary(counters.files().value(), counters.reports().value(),
        counters.failed().value());
    List<Row> shown = summary.failed() == 0 ? List.of()
        : spark.read().parquet(errorsPath).where("severity = 'error'").limit(20).collectAsList();
    for (Row r : shown) {
      err.println("ziping-spark: error: " + r.getAs("file") + ": " + r.getAs("stage") + ": "
          + firstLine(r.getAs("message")));
    }
    err.printf(Locale.ROOT, "ziping-spark: %d files, %d reports, %d failed; %s: "
        + "reports/ (JSONL), findings/ and errors/ (Parquet); extraction %.1f s, tables %.1f s%n",
        summary.files(), summary.reports(), summary.failed(), out, (t1 - t0) / 1e9,
        (t2 - t1) / 1e9);
    err.flush();
    return EXIT_OK;
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
