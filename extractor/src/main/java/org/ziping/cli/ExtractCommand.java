package org.ziping.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ziping.io.InputFiles;
import org.ziping.io.Json;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ziping extract}: one report JSON per input file (output-contract.md). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract reports (sections, figures, budget and indicator tables, scores, "
        + "findings) as JSON, one document per input file; a folder is walked.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "input files or folders")
  List<Path> paths;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write <input name>.json files into DIR; without it a single input prints to "
          + "stdout and several print as one JSON array")
  Path outDir;

  @Option(names = {"-v", "--verbose"},
      description = "name each file a folder walk skipped (hidden, or not a document) and why")
  boolean verbose;

  /** A file failed when a stage reported an error, or when nothing was read from it. */
  static boolean failed(ExtractedDocument d) {
    return d.reports().isEmpty() || d.errors().stream().anyMatch(e -> !e.warning());
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StandardExtraction extraction = new StandardExtraction();
    InputFiles.Walk walk = InputFiles.walk(paths);
    walk.report(err, "extract", verbose);
    List<Path> files = walk.files();
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    List<ExtractedDocument> collected = new ArrayList<>();
    int failed = 0;
    int reports = 0;
    for (Path f : files) {
      ExtractedDocument d = extraction.extract(f);
      reports += d.reports().size();
      d.errors().forEach(e -> err.println("ziping: " + (e.warning() ? "warning"
          : "error") + ": " + e.file() + ": " + e.stage() + ": " + e.message()));
      if (failed(d)) {
        failed++;
      }
      if (outDir != null) {
        Files.writeString(InputFiles.outputFor(f, outDir, ".json"), Json.write(d),
            StandardCharsets.UTF_8);
      } else {
        collected.add(d);
      }
    }
    if (outDir == null) {
      out.print(Json.write(collected.size() == 1 ? collected.get(0) : collected));
      out.flush();
    }
    err.printf("extract: %d files, %d reports, %d failed%n", files.size(), reports, failed);
    err.flush();
    return failed == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }
}
