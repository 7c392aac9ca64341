package org.ziping.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import org.ziping.ingest.IngestConfig;
import org.ziping.pipeline.FileBudget;
import picocli.CommandLine.Option;

/**
 * The options of one file's extraction, shared by {@code extract} and the Spark job: the worker's
 * time and heap ({@code --file-timeout}, {@code --file-memory}) and the text limit of a report
 * ({@code --max-text}); with the command's {@code --ocr} ({@link OcrOption}) they make the
 * settings of a file's extraction. The values are checked when they are used ({@link #settings});
 * an error is told with the command's name.
 */
public final class ExtractionOptions {
  @Option(names = "--file-timeout", paramLabel = "SECONDS",
      description = "give up on a file after this many seconds (default ${DEFAULT-VALUE})")
  int fileTimeout = FileBudget.DEFAULT_TIMEOUT_SECONDS;

  @Option(names = "--file-memory", paramLabel = "MB",
      description = "heap of the worker process that reads a file (default ${DEFAULT-VALUE})")
  int fileMemory = FileBudget.DEFAULT_HEAP_MB;

  @Option(names = "--max-text", paramLabel = "CHARS",
      description = "refuse a file whose text is longer than this many characters as not a "
          + "report, without parsing it (default ${DEFAULT-VALUE})")
  int maxText = IngestConfig.DEFAULT_MAX_TEXT_CHARS;

  /** A worker's time and heap budget, and the ingest settings (OCR mode, text limit). */
  public record Settings(FileBudget budget, IngestConfig config) {}

  /**
   * The settings given (with the OCR mode of {@code ocr}), or empty after telling {@code err} why a
   * value is out of range ({@code <prefix>: <reason>}).
   */
  public Optional<Settings> settings(OcrOption ocr, PrintWriter err, String prefix) {
    try {
      return Optional.of(new Settings(new FileBudget(Duration.ofSeconds(fileTimeout), fileMemory),
          ocr.config().withMaxTextChars(maxText)));
    } catch (IllegalArgumentException e) {
      err.println(prefix + ": " + e.getMessage());
      return Optional.empty();
    }
  }
}
