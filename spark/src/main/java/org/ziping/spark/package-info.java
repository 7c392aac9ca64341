/**
 * {@code extract} as an Apache Spark job (Spark 4.2, Scala 2.13, Java 17):
 * {@link org.ziping.spark.SparkExtractJob} lists the inputs on the driver
 * ({@link org.ziping.spark.SparkInputs}: local paths walked as {@code extract} walks them, other
 * Hadoop file systems through their {@code FileSystem}), cuts the list into partitions of
 * consecutive files, and extracts each partition on an executor
 * ({@link org.ziping.spark.PartitionExtraction}) with {@code extract}'s own
 * {@link org.ziping.pipeline.ForkedExtraction}: one worker JVM per task, reused for the files of
 * its partition, under the same per-file time and heap budget and text limit as {@code extract}.
 * Each document becomes one JSON line ({@link org.ziping.report.ReportJson#line}, the same records and
 * Jackson configuration as {@code extract}'s files); the lines are written as text, read back and
 * flattened into Parquet tables of findings and errors ({@link org.ziping.spark.ResultTables}).
 *
 * <p>Why a worker JVM rather than the pipeline in the executor's JVM: only a process can be
 * stopped when a file runs over its time (a regular expression or parser loop cannot be
 * interrupted), and an {@code OutOfMemoryError} or a native crash in an executor ends the executor
 * with its other tasks, which Spark retries and then fails the job; in a worker each is one file's
 * error. The worker is {@code extract}'s own, so the output is identical by construction. Why this
 * Jackson: Spark 4.2.0 is built on Jackson 2.21, the minor version of the project's BOM, which
 * Spark's jackson-module-scala requires of jackson-databind; the job jar for {@code spark-submit}
 * relocates Jackson, so a cluster's own never meets it.
 *
 * <p>Limits: a JVM start per task and the worker's heap outside the executor's (size
 * {@code spark.executor.memoryOverhead} for it); local paths must be visible to every executor;
 * remote folders are filtered by name only; the summary's counts come from accumulators, which
 * count a retried task again. See {@code spark/README.md}.
 */
package org.ziping.spark;
