package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ziping.pipeline.Extraction;
import org.ziping.pipeline.OrderedPool;

/**
 * One input made ready for an index on a pool thread, the same for the embedded Lucene index and
 * a Solr collection: its key (absolute path, or path and line) and sha256, the index documents of
 * its reports (type {@code D}) with their ids and the notes of the reading; or that it is
 * unchanged (the index holds the same hash for the key), or why it failed.
 */
public record PreparedInput<D>(String key, String sha, boolean unchanged, List<D> docs,
                               List<String> ids, List<String> notes, String failure) {

  /** Builds the index document of one report of an input with the input's sha256. */
  @FunctionalInterface
  public interface ToDocument<D> {
    D build(ReportIndexer.Entry entry, String inputSha256) throws IOException;
  }

  /** A failed input, named by its input name. */
  public static <D> PreparedInput<D> failed(IndexInputs.Input in, String reason) {
    return new PreparedInput<>(in.name(), null, false, List.of(), List.of(), List.of(), reason);
  }

  /**
   * The pool that prepares the inputs of a run on {@code threads} threads, each with its own
   * extraction from {@code extractions} ({@link #prepare}; {@code known} is only read there); an
   * input whose task throws is failed with the error.
   */
  public static <D> OrderedPool<Optional<Extraction>, IndexInputs.Input, PreparedInput<D>> pool(
      int threads, Supplier<Optional<Extraction>> extractions, Map<String, String> known,
      ReportSummaries summaries, ToDocument<D> toDocument) {
    return new OrderedPool<>(threads, extractions,
        (ex, p) -> prepare(ex, p, known, summaries, toDocument),
        (p, e) -> failed(p, e.toString()));
  }

  /**
   * Hashes and reads (or extracts) one input ({@link IndexInputs#read}) and builds a document of
   * each report with {@code toDocument} (the entry and the input's sha256); unchanged when
   * {@code known} holds its hash; failed with the first line of the error when it cannot be read.
   */
  public static <D> PreparedInput<D> prepare(Optional<Extraction> extraction, IndexInputs.Input in,
      Map<String, String> known, ReportSummaries summaries,
      ToDocument<D> toDocument) {
    try {
      IndexInputs.Read read = IndexInputs.read(in, extraction, known, summaries);
      if (read.unchanged()) {
        return new PreparedInput<>(read.key(), read.sha(), true, List.of(), List.of(), List.of(),
            null);
      }
      List<D> docs = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (ReportIndexer.Entry e : read.reports().entries()) {
        docs.add(toDocument.build(e, read.sha()));
        ids.add(e.summary().id());
      }
      return new PreparedInput<>(read.key(), read.sha(), false, docs, ids, read.reports().notes(),
          null);
    } catch (IOException | RuntimeException e) {
      return failed(in, ReportIndexer.reason(e));
    }
  }

  /**
   * This input, or an unchanged one when {@code indexed} (what this run has indexed so far, on
   * the run's one thread) already holds its hash: the same path given twice.
   */
  public PreparedInput<D> againstIndexed(Map<String, String> indexed) {
    if (failure == null && !unchanged && sha.equals(indexed.get(key))) {
      return new PreparedInput<>(key, sha, true, List.of(), List.of(), List.of(), null);
    }
    return this;
  }
}
