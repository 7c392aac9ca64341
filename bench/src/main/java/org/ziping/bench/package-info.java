/**
 * Benchmarks, kept out of the production packages: {@code bench} (extraction in this JVM and
 * through worker JVMs, stages, throughput, linearity in the input size, the bare libraries as a
 * baseline measured in the same run) and {@code bench-index} (indexing, and search latency with
 * concurrent clients in HdrHistogram percentiles), with the generators of scaled corpora they read
 * ({@link org.ziping.bench.ScaledCorpus} from the seed texts, {@link org.ziping.bench.ScaledReports}
 * from extracted JSON, {@link org.ziping.bench.SyntheticText} for sizes). Figures are ratios
 * against a baseline of the same run; see {@code docs/speed.md}.
 */
package org.ziping.bench;
