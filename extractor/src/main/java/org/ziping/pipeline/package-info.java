/**
 * The whole extraction of a file, stages wired in order: {@link org.ziping.pipeline.Extraction} is
 * what other modules use; {@link org.ziping.pipeline.StandardExtraction} runs ingest, parse and
 * audit in this JVM; {@link org.ziping.pipeline.ForkedExtraction} runs the same in a worker JVM
 * ({@link org.ziping.pipeline.ExtractionWorker}) under a time and heap budget per file
 * ({@link org.ziping.pipeline.FileBudget}), so that a hang, an {@code OutOfMemoryError} or a native
 * crash fails one file and never the batch. Limits: a worker costs a JVM start, paid again after
 * each file it was killed for; see {@code docs/reliability.md}.
 */
package org.ziping.pipeline;
