package org.ziping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestException;
import org.ziping.pipeline.ExtractionPool;
import org.ziping.pipeline.OrderedPool;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.pipeline.StoredDocuments;
import org.ziping.render.AnnotatedPdfWriter;
import org.ziping.render.AuditHtmlWriter;
import org.ziping.render.AuditJsonWriter;
import org.ziping.render.AuditMarkdownWriter;
import org.ziping.render.AuditXlsxWriter;
import org.ziping.render.AuditedBatch;
import org.ziping.render.Lang;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code ziping audit}: the findings of a batch, grouped by report and sorted by severity, as
 * JSON, Markdown, one self-contained HTML page, an Excel workbook, or annotated copies of the input
 * PDFs (all written by the render layer, {@code org.ziping.render}). Inputs are report files (extracted on the fly) or
 * report JSON written by {@code extract}; JSON written by an older version is completed first
 * ({@link StoredDocuments}: facts and overall execution rate; for annotated PDFs, the evidence's
 * place on its page, read from the source PDF again when the JSON does not store it). Findings do
 * not change the exit status; unreadable inputs do.
 */
@Command(name = "audit",
    description = "Audit reports: recompute and cross-check their figures; findings with quoted "
        + "evidence, grouped by report.",
    resourceBundle = "org.ziping.cli.AuditCommand")
public final class AuditCommand extends DocumentCommand {
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json, md, html, xlsx (a workbook: a sheet of reports, a sheet of findings) or "
          + "pdf (a copy of each input PDF with the findings as highlights and notes, into the "
          + "folder -o) (default ${DEFAULT-VALUE})")
  Format format = Format.json;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE, not stdout (xlsx: required; pdf: the folder for the copies)")
  Path outFile;

  @Option(names = "--lang", paramLabel = "LANG", converter = LangConverter.class,
      description = "language of the headings and labels of md, html, xlsx and pdf notes: zh "
          + "(Chinese) or en (default zh); messages stay Chinese")
  Lang lang = Lang.ZH;

  enum Format { json, md, html, xlsx, pdf }

  /** Reads --lang. */
  static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      try {
        return Lang.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--threads", paramLabel = "N",
      description = "files read at once (default: the available processors, ${DEFAULT-VALUE})")
  int threads = OrderedPool.defaultThreads();

  /** One input read: its document, or why it is not a report JSON. */
  private record Read(ExtractedDocument doc, String error) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter err = err();
    if (threads < 1) {
      err.println("ziping: audit: --threads must be at least 1");
      return Main.EXIT_USAGE;
    }
    if ((format == Format.xlsx || format == Format.pdf) && outFile == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format " + format + " needs -o (" + (format == Format.pdf ? "a folder" : "a file") + ")");
    }
    List<Path> files = inputPaths.walk(err, "audit").files();
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
    AuditedBatch batch = AuditedBatch.of(docs);
    switch (format) {
      case xlsx -> {
        createParent(outFile);
        try (var o = Files.newOutputStream(outFile)) {
          new AuditXlsxWriter(lang).write(batch, o);
        }
      }
      case pdf -> failed[0] += annotatePdfs(batch, err);
      default -> {
        String s = switch (format) {
          case md -> new AuditMarkdownWriter(lang).write(batch);
          case html -> new AuditHtmlWriter(lang).write(batch);
          default -> new AuditJsonWriter().write(batch);
        };
        if (outFile != null) {
          createParent(outFile);
          Files.writeString(outFile, s, StandardCharsets.UTF_8);
        } else {
          PrintWriter out = out();
          out.print(s);
          out.flush();
        }
      }
    }
    err.println(batch.summaryLine());
    err.flush();
    return failed[0] == 0 ? Main.EXIT_OK : Main.EXIT_INPUT_FAILED;
  }

  private static Read read(StandardExtraction extraction, Path f) {
    if (!f.getFileName().toString().toLowerCase().endsWith(".json")) {
      return new Read(extraction.extract(f), null);
    }
    try {
      return new Read(StoredDocuments.complete(
          ReportJson.mapper().readValue(f.toFile(), ExtractedDocument.class)), null);
    } catch (IOException e) {
      return new Read(null, e.getMessage());
    }
  }

  /** Writes the annotated copies; returns how many could not be written. */
  private int annotatePdfs(AuditedBatch batch, PrintWriter err) {
    AnnotatedPdfWriter w = new AnnotatedPdfWriter(lang);
    DocumentReader reader = DocumentReader.standard(ocr.config());
    int failed = 0;
    int written = 0;
    int skipped = 0;
    for (ExtractedDocument d : batch.documents()) {
      if (!AnnotatedPdfWriter.isPdf(d)) {
        skipped++;
        continue;
      }
      try {
        ExtractedDocument placed = StoredDocuments.withEvidenceSources(d, reader);
        AnnotatedPdfWriter.Result r = placed == d ? w.write(batch, d, outFile)
            : w.write(AuditedBatch.of(List.of(placed)), placed, outFile);
        written++;
        err.println("audit: pdf: " + r.written() + ": " + r.highlights() + " highlights, " + r.notes()
            + " notes" + (r.unplaced() == 0 ? "" : ", " + r.unplaced() + " evidence not placed"));
      } catch (IOException e) {
        failed++;
        err.println("ziping: error: " + AuditedBatch.file(d) + ": cannot annotate: " + e.getMessage());
      } catch (IngestException e) {
        failed++;
        err.println("ziping: error: " + AuditedBatch.file(d) + ": cannot annotate: cannot read the "
            + "PDF again: " + e.getMessage());
      }
    }
    err.println("audit: pdf: " + written + " annotated copies in " + outFile
        + (skipped == 0 ? "" : ", " + skipped + " inputs not PDF"));
    return failed;
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
