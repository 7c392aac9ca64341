package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PreferredFormQuery} on random indexes of several segments: it matches
 * exactly the documents of the disjunction of its two forms, alone, inside a conjunction and
 * under an exclusion; a document scores what the preferred form scores where that matches and
 * what the fallback scores elsewhere; its explanation gives that score; its weight's matches exist
 * for every matching document; and {@link PreferredFormQuery#asDisjunctions} gives the
 * disjunction back.
 */
class PreferredFormQueryTest {
  private static final String[] WORDS = {"a", "b", "c", "d", "e"};

  @Test
  void matchesTheDisjunctionAndScoresByThePreferredForm() throws Exception {
    Random random = new Random(21);
    int compared = 0;
    int onFallbackOnly = 0;
    for (int round = 0; round < 30; round++) {
      try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
            .setMaxBufferedDocs(2 + random.nextInt(20));
        try (IndexWriter w = new IndexWriter(dir, config)) {
          int docs = 1 + random.nextInt(120);
          for (int i = 0; i < docs; i++) {
            Document d = new Document();
            d.add(new TextField("word", text(random), Field.Store.NO));
            d.add(new TextField("gram", text(random), Field.Store.NO));
            w.addDocument(d);
            if (random.nextInt(15) == 0) {
              w.deleteDocuments(new Term("word", WORDS[random.nextInt(WORDS.length)]));
            }
          }
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setQueryCache(null);
          for (int q = 0; q < 20; q++) {
            Query preferred = random.nextBoolean()
                ? new BoostQuery(new TermQuery(new Term("word", pick(random))), 3f)
                : phrase("word", random);
            Query fallback = random.nextBoolean() ? phrase("gram", random)
                : new TermQuery(new Term("gram", pick(random)));
            PreferredFormQuery pf = new PreferredFormQuery(preferred, fallback);
            Query disjunction = or(preferred, fallback);
            assertEquals(disjunction, PreferredFormQuery.asDisjunctions(pf));

            Map<Integer, Float> ours = all(searcher, pf);
            assertEquals(all(searcher, disjunction).keySet(), ours.keySet(), pf.toString());
            Map<Integer, Float> byPreferred = all(searcher, preferred);
            Map<Integer, Float> byFallback = all(searcher, fallback);
            Weight weight = searcher.createWeight(searcher.rewrite(pf), ScoreMode.COMPLETE, 1f);
            for (Map.Entry<Integer, Float> e : ours.entrySet()) {
              int doc = e.getKey();
              Float expected = byPreferred.containsKey(doc) ? byPreferred.get(doc)
                  : byFallback.get(doc);
              onFallbackOnly += byPreferred.containsKey(doc) ? 0 : 1;
              assertEquals(expected, e.getValue(), pf + ", doc " + doc);
              LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc,
                  reader.leaves()));
              assertEquals(e.getValue(), weight.explain(leaf, doc - leaf.docBase).getValue()
                  .floatValue(), 1e-5f, pf + ", explained doc " + doc);
              assertNotNull(weight.matches(leaf, doc - leaf.docBase), pf + ", doc " + doc);
              compared++;
            }

            // inside a conjunction with another pair, and as an exclusion
            PreferredFormQuery other = new PreferredFormQuery(
                new TermQuery(new Term("word", pick(random))), phrase("gram", random));
            BooleanQuery and = new BooleanQuery.Builder()
                .add(pf, BooleanClause.Occur.MUST).add(other, BooleanClause.Occur.MUST).build();
            BooleanQuery andDisjunctions = new BooleanQuery.Builder()
                .add(disjunction, BooleanClause.Occur.MUST)
                .add(or(other.preferred(), other.fallback()), BooleanClause.Occur.MUST).build();
            assertEquals(andDisjunctions, PreferredFormQuery.asDisjunctions(and));
            assertEquals(all(searcher, andDisjunctions).keySet(), all(searcher, and).keySet(),
                and.toString());
            BooleanQuery not = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("word", pick(random))), BooleanClause.Occur.MUST)
                .add(pf, BooleanClause.Occur.MUST_NOT).build();
            assertEquals(all(searcher, PreferredFormQuery.asDisjunctions(not)).keySet(),
                all(searcher, not).keySet(), not.toString());
          }
        }
      }
    }
    assertTrue(compared > 1_000, "documents compared: " + compared);
    assertTrue(onFallbackOnly > 100, "documents matched by the fallback only: " + onFallbackOnly);
  }

  private static Map<Integer, Float> all(IndexSearcher searcher, Query q) throws IOException {
    Map<Integer, Float> out = new HashMap<>();
    for (ScoreDoc sd : searcher.search(q, Math.max(1, searcher.getIndexReader().maxDoc()))
        .scoreDocs) {
      out.put(sd.doc, sd.score);
    }
    return out;
  }

  private static Query or(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, BooleanClause.Occur.SHOULD)
        .add(b, BooleanClause.Occur.SHOULD).build();
  }

  private static PhraseQuery phrase(String field, Random random) {
    List<String> terms = new ArrayList<>();
    for (int i = 0; i < 2 + random.nextInt(2); i++) {
      terms.add(pick(random));
    }
    return new PhraseQuery(field, terms.toArray(new String[0]));
  }

  private static String pick(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      b.append(pick(random)).append(' ');
    }
    return b.toString();
  }
}
