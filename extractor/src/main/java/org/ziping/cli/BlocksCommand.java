package org.ziping.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ziping.render.GridRenderer;
import org.ziping.ingest.DocumentReader;
import org.ziping.pipeline.InputFiles;
import org.ziping.report.ReportJson;
import org.ziping.model.DocumentModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ziping blocks}: prints the document model of each input, tables drawn as grids. */
@Command(name = "blocks",
    description = "Print the document model (blocks in reading order, tables as grids) of each "
        + "input file; a folder is walked.")
public final class BlocksCommand extends DocumentCommand {
  @Option(names = "--json", description = "write the model as JSON (what the parser reads)")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write one file per input into DIR (<input name>.json or .txt) instead of stdout")
  Path outDir;

  @Option(names = "--width", description = "cut table cells to this many columns (default ${DEFAULT-VALUE})")
  int width = 24;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    DocumentReader reader = DocumentReader.standard(ocr.config());
    GridRenderer renderer = new GridRenderer(width);
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    PrintWriter err = err();
    BatchRunner batch = new BatchRunner(err);
    int code = batch.run(inputPaths.walk(err, "blocks").files(), f -> {
      DocumentModel doc = reader.read(f);
      String s = json ? ReportJson.write(doc) : renderer.render(doc);
      if (outDir != null) {
        Files.writeString(InputFiles.outputFor(f, outDir, json ? ".json" : ".txt"), s,
            StandardCharsets.UTF_8);
      } else {
        out.print(s);
        out.flush();
      }
    });
    err.printf("blocks: %d files read, %d failed%n", batch.succeeded(),
        batch.failures().size());
    return code;
  }
}
