package org.ziping.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ziping.audit.report.AuditReportWriter;
import org.ziping.io.InputFiles;
import org.ziping.io.Json;
import org.ziping.pipeline.ExtractionPool;
import org.ziping.pipeline.OrderedPool;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ziping audit}: the findings of a batch, grouped by report and sorted by severity, as
 * JSON, Markdown or one self-contained HTML page. Inputs are report files (extracted on the fly) or
 * report JSON written by {@code extract}. Findings do not change the exit status; unreadable inputs
 * do.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit reports: recompute and cross-check their figures; findings with quoted "
        + "evidence, grouped by report.")
public final class AuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  OcrOption ocr = new OcrOption();

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "report files, extracted report JSON (*.json) or folders")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json, md or html (default ${DEFAULT-VALUE})")
  Format format = Format.json;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE, not stdout")
  Path outFile;

  enum Format { json, md, html }

  @Option(names = "--threads", paramLabel = "N",
      description = "files read at once (default: the available processors, ${DEFAULT-VALUE})")
  int threads = OrderedPool.defaultThreads();

  /** One input read: its document, or why it is not a report JSON. */
  private record Read(ExtractedDocument doc, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("ziping: audit: --threads must be at least 1");
      return Main.EXIT_USAGE;
    }
    List<Path> files = InputFiles.expand(paths);
    List<ExtractedDocument> docs = new ArrayList<>();
    int[] failed = {0};
    Progress progress = Progress.of(err, "audit", files.size());
    new OrderedPool<StandardExtraction, Path, Read>(threads,
        () -> new StandardExtraction(ocr.config()),
        AuditCommand::read, (f, e) -> new Read(ExtractionPool.failure(f, e), null))
        .run(files, (f, r) -> {
          progress.step();
          if (r.error() != null) {
            err.println("ziping: error: " + f + ": not a report JSON: " + r.error());
            failed[0]++;
            return;
          }
          ExtractedDocument d = r.doc();
          d.errors().forEach(e -> err.println("ziping: " + (e.warning() ? "warning"
              : "error") + ": " + e.file() + ": " + e.stage() + ": " + e.message()));
          if (ExtractCommand.failed(d)) {
            failed[0]++;
          }
          docs.add(d);
        });
    progress.finish();
    AuditReportWriter writer = new AuditReportWriter();
    String s = switch (format) {
      case json -> writer.json(docs);
      case md -> writer.markdown(docs);
      case html -> writer.html(docs);
    };
    if (outFile != null) {
      Path parent = outFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(outFile, s, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(s);
      out.flush();
    }
    err.println(writer.summaryLine(docs));
    err.flush();
    return failed[0] == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }

  private static Read read(StandardExtraction extraction, Path f) {
    if (!f.getFileName().toString().toLowerCase().endsWith(".json")) {
      return new Read(extraction.extract(f), null);
    }
    try {
      return new Read(Json.mapper().readValue(f.toFile(), ExtractedDocument.class), null);
    } catch (java.io.IOException e) {
      return new Read(null, e.getMessage());
    }
  }
}
