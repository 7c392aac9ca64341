package org.ziping.pipeline;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ziping.report.ExtractedDocument;

/**
 * The extraction a worker thread runs ({@link StandardExtraction#extract(Path, Consumer)}):
 * one file, telling {@code stages} when each stage begins, so that the supervisor can name the
 * stage of a file it stops. One instance per thread; never throws for a bad input.
 */
@FunctionalInterface
interface StagedExtraction {
  ExtractedDocument extract(Path file, Consumer<String> stages);
}
