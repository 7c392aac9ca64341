package org.ziping.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.ziping.report.ErrorEntry;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.SourceRef;

/**
 * Batch extraction on N threads with results in input order: an {@link OrderedPool} of one
 * {@link Extraction} per thread (a {@link StandardExtraction} in this JVM), or one
 * {@link ForkedExtraction} that the threads share (one worker JVM running a file per thread). A
 * file whose extraction throws (which an
 * {@link Extraction} should not do; an {@link OutOfMemoryError} can) gets a document with the
 * reason in {@code errors}, stage {@code extract}, and the batch goes on.
 */
public final class ExtractionPool {
  private ExtractionPool() {}

  /** A pool of {@code threads} extractions, each made by {@code perThread}. */
  public static OrderedPool<Extraction, Path, ExtractedDocument> of(int threads,
      Supplier<? extends Extraction> perThread) {
    return new OrderedPool<>(threads, perThread, Extraction::extract, ExtractionPool::failure);
  }

  /** The document of a file whose extraction threw. */
  public static ExtractedDocument failure(Path file, Throwable e) {
    return new ExtractedDocument(ExtractedDocument.SCHEMA_VERSION,
        new SourceRef(file.toString(), null, null, null), List.of(),
        List.of(new ErrorEntry(file.toString(), "extract", e.toString())));
  }
}
