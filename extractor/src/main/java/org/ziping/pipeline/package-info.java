/**
 * The whole extraction of a file, stages wired in order: {@link org.ziping.pipeline.Extraction} is
 * what other modules use; {@link org.ziping.pipeline.StandardExtraction} runs ingest, parse and
 * audit in this JVM; {@link org.ziping.pipeline.ForkedExtraction} runs the same in a worker JVM
 * ({@link org.ziping.pipeline.ExtractionWorker}) that takes several files at once, under a time and
 * heap budget per file ({@link org.ziping.pipeline.FileBudget}), so that a hang, an
 * {@code OutOfMemoryError} or a native crash fails one file and never the batch. The worker side:
 * {@code WorkerDispatcher} (a thread per file in flight), {@code HeapBudgetGuard}; the supervisor
 * side: {@code WorkerSession} (the files in flight on one worker, by id), {@code InFlightFile},
 * {@code WorkerProcess}, {@code WorkerCommand}, {@code WorkerClassData}; between them
 * {@code WorkerProtocol}. Limits: a worker costs a JVM start and its JIT warm-up, paid again after
 * each worker killed or dead; see {@code docs/reliability.md}.
 */
package org.ziping.pipeline;
