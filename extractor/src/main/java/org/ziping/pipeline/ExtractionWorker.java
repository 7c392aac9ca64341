package org.ziping.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ziping.io.Json;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * The main class of a worker JVM started by {@link ForkedExtraction}: reads file paths from stdin
 * and answers each with the stages it enters and then the extracted document as JSON, on stdout
 * (see {@link WorkerProtocol}). Everything else the libraries print goes to stderr, which the
 * supervisor logs at debug level. The worker runs with {@code -XX:+ExitOnOutOfMemoryError}: a file
 * that needs more heap than its budget ends the worker, never the batch.
 */
public final class ExtractionWorker {
  private ExtractionWorker() {}

  public static void main(String[] args) throws IOException {
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(System.err); // only the protocol may use stdout
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
    // args[0]: the OCR mode of the batch (AUTO, ALWAYS, NEVER); args[1]: the text limit
    org.ziping.ingest.IngestConfig config = org.ziping.ingest.IngestConfig.defaults();
    if (args.length > 0) {
      config = config.withOcr(org.ziping.ingest.OcrMode.valueOf(args[0]));
    }
    if (args.length > 1) {
      config = config.withMaxTextChars(Integer.parseInt(args[1]));
    }
    StandardExtraction extraction = new StandardExtraction(config);
    warmUp(extraction);
    while (true) {
      String path;
      try {
        path = WorkerProtocol.readText(in);
      } catch (EOFException e) {
        return;
      }
      ExtractedDocument d;
      String[] stage = {"ingest"};
      try {
        d = extraction.extract(Path.of(path), s -> {
          stage[0] = s;
          try {
            WorkerProtocol.write(out, WorkerProtocol.STAGE, s);
            out.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        return; // the supervisor has gone
      } catch (RuntimeException | StackOverflowError e) {
        d = new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
            new SourceRef(path, null, null, null), List.of(),
            List.of(new ErrorEntry(path, stage[0], e.toString())));
      }
      // the JSON as extract writes it, and what the supervisor needs to know without reading it
      WorkerProtocol.write(out, WorkerProtocol.SUMMARY, Json.mapper().writeValueAsString(
          new WorkerProtocol.Summary(d.reports().size(), d.errors())));
      WorkerProtocol.write(out, WorkerProtocol.RESULT, Json.write(d));
      out.flush();
    }
  }

  /**
   * Loads the stages' classes and dictionaries on a few lines of a report before the first file,
   * so that a file's time budget measures the file, not the worker's start.
   */
  private static void warmUp(StandardExtraction extraction) {
    try {
      Path t = Files.createTempFile("ziping-warmup", ".txt");
      try {
        Files.writeString(t, "某县财政局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
            + "年初预算数100.00万元，全年预算数120.00万元，实际支出108.00万元，执行率90.00%。\n"
            + "二、自评得分\n综合得分95分，等级为优。\n", StandardCharsets.UTF_8);
        extraction.extract(t);
      } finally {
        Files.deleteIfExists(t);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("ziping worker: warm-up failed: " + e);
    }
  }
}
