package org.ziping.solr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.ziping.index.IndexInputs;
import org.ziping.index.IndexSchema;
import org.ziping.index.IndexTally;
import org.ziping.index.PreparedInput;
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

  private final SolrCollection solr;
  private final PrintWriter log;
  private final ReportSummaries summaries = new ReportSummaries(RegionResolver.standard());

  SolrReportIndexer(SolrCollection solr, PrintWriter log) {
    this.solr = solr;
    this.log = log;
  }

  /** The files of the batch being gathered. */
  private final List<PreparedInput<SolrInputDocument>> batch = new ArrayList<>();
  private int batchDocs;

  ReportIndexer.Run index(IndexInputs inputs, Supplier<Optional<Extraction>> extractions,
                          int threads) throws IOException {
    IndexTally tally = new IndexTally(log, inputs.knownSize(), "sent");
    Map<String, String> indexed = indexedHashes();
    Map<String, String> known = new HashMap<>(indexed); // read-only on the pool threads
    try {
      PreparedInput.pool(threads, extractions, known, summaries, SolrDocuments::of)
          .run(inputs, (p, prepared) -> {
            PreparedInput<SolrInputDocument> prep = prepared.againstIndexed(indexed);
            if (tally.toWrite(p, prep)) {
              batch.add(prep);
              batchDocs += prep.docs().size();
              indexed.put(prep.key(), prep.sha());
              prep.notes().forEach(n -> log.println("index: " + p + ": " + n));
              if (batchDocs >= BATCH_DOCS || batch.size() >= BATCH_FILES) {
                send(tally);
              }
            }
            tally.progress(tally.next());
          });
      send(tally);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    solr.commit();
    log.flush();
    return tally.run();
  }

  /** Sends the gathered batch: the deletes, then the documents. */
  private void send(IndexTally tally) {
    if (batch.isEmpty()) {
      return;
    }
    List<String> clauses = new ArrayList<>();
    List<SolrInputDocument> docs = new ArrayList<>();
    for (PreparedInput<SolrInputDocument> p : batch) {
      clauses.add(IndexSchema.INPUT + ":" + ClientUtils.escapeQueryChars(p.key()));
      for (String id : p.ids()) {
        clauses.add(IndexSchema.ID + ":" + ClientUtils.escapeQueryChars(id));
      }
      docs.addAll(p.docs());
    }
    try {
      UpdateRequest delete = new UpdateRequest();
      delete.deleteByQuery(String.join(" OR ", clauses));
      solr.update("delete", delete);
      if (!docs.isEmpty()) {
        UpdateRequest add = new UpdateRequest();
        add.add(docs);
        solr.update("add", add);
      }
      for (PreparedInput<SolrInputDocument> p : batch) {
        tally.done(p.docs().size());
      }
    } catch (IOException e) {
      for (PreparedInput<SolrInputDocument> p : batch) {
        tally.failed(p.key() + ": not sent to Solr: " + e.getMessage());
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
      QueryResponse r = solr.query("read the indexed files", q, SolrRequest.METHOD.GET);
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
}
