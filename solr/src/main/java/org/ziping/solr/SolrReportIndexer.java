package org.ziping.solr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.ziping.index.IndexInputs;
import org.ziping.index.IndexSchema;
import org.ziping.index.ReportIndexer;
import org.ziping.index.ReportSummaries;
import org.ziping.index.region.RegionResolver;
import org.ziping.pipeline.Extraction;
import org.ziping.pipeline.OrderedPool;

/**
 * Sends input files to a SolrCloud collection through SolrJ, one document per report per file,
 * with the ids and fields of the embedded index (read by {@link IndexInputs#read}, the embedded
 * index's own reading: JSON, documents, and lines of JSON Lines files; {@link SolrDocuments}).
 *
 * <p>Algorithm: the (input path, sha256) pairs the collection holds are read once (a cursor over
 * every document's two stored fields); a file whose sha256 is unchanged is skipped. The others are
 * read (or extracted) on {@code threads} pool threads ({@link OrderedPool}, in input order) and
 * sent in batches of up to {@value #BATCH_DOCS} documents or {@value #BATCH_FILES} files: first one
 * delete by query of the batch's paths and of its new reports' ids (delete by query reaches every
 * shard; the collection routes documents by their group key, so a delete by id would not find a
 * document of another group), then the documents, which the client routes to their shard leaders.
 * Both are retried on a busy or unreachable node ({@link Retry}). One commit at the end makes the
 * run visible; a run stopped before it leaves its batches in the transaction log, committed by the
 * collection's autoCommit.
 *
 * <p>Limits: a file removed from disk stays in the collection (as in the embedded index); a batch
 * that still fails after the retries fails its files (named in the run's failures), and the run
 * goes on with the next batch.
 */
final class SolrReportIndexer {
  static final int BATCH_DOCS = 500;
  static final int BATCH_FILES = 200;
  private static final long PROGRESS_MILLIS = 2_000;

  private final SolrClient client;
  private final String collection;
  private final PrintWriter log;
  private final ReportSummaries summaries = new ReportSummaries(RegionResolver.standard());
  private final Retry retry;

  SolrReportIndexer(SolrClient client, String collection, PrintWriter log, Retry retry) {
    this.client = client;
    this.collection = collection;
    this.log = log;
    this.retry = retry;
  }

  private record Prepared(String key, String sha, boolean unchanged,
                          List<SolrInputDocument> docs, List<String> ids, List<String> notes,
                          String failure) {}

  /** The files of the batch being gathered. */
  private final List<Prepared> batch = new ArrayList<>();
  private int batchDocs;

  ReportIndexer.Run index(IndexInputs inputs, Supplier<Optional<Extraction>> extractions,
                          int threads) throws IOException {
    int total = inputs.knownSize();
    Map<String, String> indexed = indexedHashes();
    Map<String, String> known = new HashMap<>(indexed); // read-only on the pool threads
    int[] counts = new int[4]; // indexed, unchanged, failed, reports
    List<String> failures = new ArrayList<>();
    long[] lastProgress = {System.currentTimeMillis()};
    int[] seen = {0};
    try {
      new OrderedPool<Optional<Extraction>, IndexInputs.Input, Prepared>(threads, extractions,
          (ex, p) -> prepare(ex, p, known), (p, e) -> failed(p, e.toString()))
          .run(inputs, (p, prep) -> {
            if (prep.failure() == null && !prep.unchanged()
                && prep.sha().equals(indexed.get(prep.key()))) {
              prep = new Prepared(prep.key(), prep.sha(), true, List.of(), List.of(), List.of(),
                  null); // the same path given twice
            }
            if (prep.failure() != null) {
              counts[2]++;
              String msg = p + ": " + prep.failure();
              failures.add(msg);
              log.println("index: " + msg);
            } else if (prep.unchanged()) {
              counts[1]++;
            } else {
              batch.add(prep);
              batchDocs += prep.docs().size();
              indexed.put(prep.key(), prep.sha());
              prep.notes().forEach(n -> log.println("index: " + p + ": " + n));
              if (batchDocs >= BATCH_DOCS || batch.size() >= BATCH_FILES) {
                send(counts, failures);
              }
            }
            int i = ++seen[0];
            long now = System.currentTimeMillis();
            if (now - lastProgress[0] >= PROGRESS_MILLIS && (total < 0 || i < total)) {
              log.printf(Locale.ROOT, "index: %d%s inputs (%d sent, %d unchanged, %d failed)%n",
                  i, total < 0 ? "" : "/" + total, counts[0], counts[1], counts[2]);
              lastProgress[0] = now;
            }
          });
      send(counts, failures);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    retry.run("commit", () -> client.commit(collection, true, true));
    log.flush();
    return new ReportIndexer.Run(seen[0], counts[0], counts[1], counts[2], counts[3],
        failures);
  }

  /** Sends the gathered batch: the deletes, then the documents. */
  private void send(int[] counts, List<String> failures) {
    if (batch.isEmpty()) {
      return;
    }
    List<String> clauses = new ArrayList<>();
    List<SolrInputDocument> docs = new ArrayList<>();
    for (Prepared p : batch) {
      clauses.add(IndexSchema.INPUT + ":" + ClientUtils.escapeQueryChars(p.key()));
      for (String id : p.ids()) {
        clauses.add(IndexSchema.ID + ":" + ClientUtils.escapeQueryChars(id));
      }
      docs.addAll(p.docs());
    }
    try {
      UpdateRequest delete = new UpdateRequest();
      delete.deleteByQuery(String.join(" OR ", clauses));
      retry.run("delete", () -> delete.process(client, collection));
      if (!docs.isEmpty()) {
        UpdateRequest add = new UpdateRequest();
        add.add(docs);
        retry.run("add", () -> add.process(client, collection));
      }
      for (Prepared p : batch) {
        counts[0]++;
        counts[3] += p.docs().size();
      }
    } catch (IOException e) {
      for (Prepared p : batch) {
        counts[2]++;
        String msg = p.key() + ": not sent to Solr: " + e.getMessage();
        failures.add(msg);
        log.println("index: " + msg);
      }
    }
    batch.clear();
    batchDocs = 0;
  }

  /** The (input path, sha256) of every document in the collection. */
  private Map<String, String> indexedHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery("*:*");
      q.setFields(IndexSchema.INPUT, IndexSchema.INPUT_SHA256);
      q.setRows(5_000);
      q.setSort(IndexSchema.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      String at = cursor;
      QueryResponse r = retry.call("read the indexed files", () -> client.query(collection, q));
      for (SolrDocument d : r.getResults()) {
        out.put((String) d.getFirstValue(IndexSchema.INPUT),
            (String) d.getFirstValue(IndexSchema.INPUT_SHA256));
      }
      cursor = r.getNextCursorMark();
      if (cursor == null || cursor.equals(at)) {
        return out;
      }
    }
  }

  private static Prepared failed(IndexInputs.Input in, String reason) {
    return new Prepared(in.name(), null, false, List.of(), List.of(), List.of(), reason);
  }

  private Prepared prepare(Optional<Extraction> extraction, IndexInputs.Input in,
                           Map<String, String> known) {
    try {
      IndexInputs.Read read = IndexInputs.read(in, extraction, known, summaries);
      if (read.unchanged()) {
        return new Prepared(read.key(), read.sha(), true, List.of(), List.of(), List.of(), null);
      }
      List<SolrInputDocument> docs = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (ReportIndexer.Entry e : read.reports().entries()) {
        docs.add(SolrDocuments.of(e, read.sha()));
        ids.add(e.summary().id());
      }
      return new Prepared(read.key(), read.sha(), false, docs, ids, read.reports().notes(), null);
    } catch (IOException | RuntimeException e) {
      return failed(in, ReportIndexer.reason(e));
    }
  }
}
