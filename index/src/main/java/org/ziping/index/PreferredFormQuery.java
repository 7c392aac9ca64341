package org.ziping.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * One query term in two forms, a preferred one and a fallback: a document matches when either
 * form matches, and scores by the preferred form where that matches, by the fallback form only
 * where the preferred one does not. The query parser ({@link ReportQueryParser}) builds it for an
 * unfielded term: the HanLP word ({@code text}, boosted) preferred, its CJK bigrams
 * ({@code text_bigram}, recall for a compound the segmenter cut differently) as the fallback.
 *
 * <p>Why not a disjunction of the two forms (a {@code BooleanQuery} of two SHOULD clauses, which
 * this replaced): a disjunction scores every form that matches a document, so a word of three or
 * more characters had its bigram phrase's positions counted in every report that holds the word,
 * about a sixth of the CPU of a new query at 100,000 reports (docs/speed.md, issue 21); here a
 * document the word matches never has the phrase checked or scored. The match set is the
 * disjunction's; the score of a document that both forms match is the word's alone (the
 * disjunction added the bigram phrase's score to it), so the rank among reports that hold the
 * word follows the word's BM25, and a report found by its bigrams alone ranks by theirs.
 *
 * <p>{@link Weight#matches} and the visitor see both forms (as SHOULD clauses). The highlighter's
 * phrase extraction knows Lucene's own query classes only (it would highlight the bigrams of a
 * phrase one by one), so it gets the query with each pair as the disjunction of its two forms
 * ({@link #asDisjunctions}): a report's bigram-only occurrences are highlighted as before.
 */
final class PreferredFormQuery extends Query {
  private final Query preferred;
  private final Query fallback;

  PreferredFormQuery(Query preferred, Query fallback) {
    this.preferred = Objects.requireNonNull(preferred);
    this.fallback = Objects.requireNonNull(fallback);
  }

  Query preferred() {
    return preferred;
  }

  Query fallback() {
    return fallback;
  }

  /**
   * {@code q} with every {@link PreferredFormQuery} in it (under boolean, boost and constant-score
   * queries, where the query parser puts them) as the disjunction of its two forms: the same
   * matches, scored as before this class, in Lucene's own query classes.
   */
  static Query asDisjunctions(Query q) {
    if (q instanceof PreferredFormQuery pf) {
      return new BooleanQuery.Builder()
          .add(asDisjunctions(pf.preferred), BooleanClause.Occur.SHOULD)
          .add(asDisjunctions(pf.fallback), BooleanClause.Occur.SHOULD)
          .build();
    }
    if (q instanceof BooleanQuery b) {
      BooleanQuery.Builder out = new BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
      for (BooleanClause c : b.clauses()) {
        out.add(asDisjunctions(c.getQuery()), c.getOccur());
      }
      return out.build();
    }
    if (q instanceof BoostQuery bq) {
      return new BoostQuery(asDisjunctions(bq.getQuery()), bq.getBoost());
    }
    if (q instanceof ConstantScoreQuery cs) {
      return new ConstantScoreQuery(asDisjunctions(cs.getQuery()));
    }
    return q;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query p = preferred.rewrite(searcher);
    Query f = fallback.rewrite(searcher);
    return p == preferred && f == fallback ? this : new PreferredFormQuery(p, f);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    QueryVisitor v = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
    preferred.visit(v);
    fallback.visit(v);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight p = preferred.createWeight(searcher, scoreMode, boost);
    Weight f = fallback.createWeight(searcher, scoreMode, boost);
    return new Weight(this) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer ps = p.scorer(context);
        Scorer fs = f.scorer(context);
        if (ps == null || fs == null) {
          return ps != null ? ps : fs;
        }
        return new PreferredFormScorer(this, ps, fs);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        List<Matches> both = new ArrayList<>(2);
        Matches pm = p.matches(context, doc);
        if (pm != null) {
          both.add(pm);
        }
        Matches fm = f.matches(context, doc);
        if (fm != null) {
          both.add(fm);
        }
        return MatchesUtils.fromSubMatches(both);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation pe = p.explain(context, doc);
        if (pe.isMatch()) {
          return Explanation.match(pe.getValue(), "the preferred form matches:", pe);
        }
        Explanation fe = f.explain(context, doc);
        return fe.isMatch()
            ? Explanation.match(fe.getValue(), "only the fallback form matches:", fe)
            : Explanation.noMatch("neither form matches", pe, fe);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return p.isCacheable(ctx) && f.isCacheable(ctx);
      }
    };
  }

  /**
   * Iterates the union of the two forms' approximations; a document is confirmed by the preferred
   * form first (its two-phase check, if any), and only where that fails by the fallback's.
   */
  private static final class PreferredFormScorer extends Scorer {
    private final Scorer preferred;
    private final Scorer fallback;
    private final DocIdSetIterator pApprox;
    private final DocIdSetIterator fApprox;
    private final TwoPhaseIterator pTwoPhase;
    private final TwoPhaseIterator fTwoPhase;
    private final DocIdSetIterator approximation;
    private final TwoPhaseIterator twoPhase;
    /** Whether the current document is matched by the preferred form (set by the check). */
    private boolean onPreferred;

    PreferredFormScorer(Weight weight, Scorer preferred, Scorer fallback) {
      super(weight);
      this.preferred = preferred;
      this.fallback = fallback;
      pTwoPhase = preferred.twoPhaseIterator();
      fTwoPhase = fallback.twoPhaseIterator();
      pApprox = pTwoPhase != null ? pTwoPhase.approximation() : preferred.iterator();
      fApprox = fTwoPhase != null ? fTwoPhase.approximation() : fallback.iterator();
      approximation = new DocIdSetIterator() {
        private int doc = -1;

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() throws IOException {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) throws IOException {
          int p = pApprox.docID() < target ? pApprox.advance(target) : pApprox.docID();
          int f = fApprox.docID() < target ? fApprox.advance(target) : fApprox.docID();
          return doc = Math.min(p, f);
        }

        @Override
        public long cost() {
          return pApprox.cost() + fApprox.cost();
        }
      };
      float cost = (pTwoPhase == null ? 0 : pTwoPhase.matchCost())
          + (fTwoPhase == null ? 0 : fTwoPhase.matchCost());
      twoPhase = new TwoPhaseIterator(approximation) {
        @Override
        public boolean matches() throws IOException {
          int doc = approximation.docID();
          onPreferred = pApprox.docID() == doc && (pTwoPhase == null || pTwoPhase.matches());
          return onPreferred
              || (fApprox.docID() == doc && (fTwoPhase == null || fTwoPhase.matches()));
        }

        @Override
        public float matchCost() {
          return cost;
        }
      };
    }

    @Override
    public int docID() {
      return approximation.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() throws IOException {
      return onPreferred ? preferred.score() : fallback.score();
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return Math.min(preferred.advanceShallow(target), fallback.advanceShallow(target));
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.max(preferred.getMaxScore(upTo), fallback.getMaxScore(upTo));
    }
  }

  @Override
  public String toString(String field) {
    return "(" + preferred.toString(field) + " ELSE " + fallback.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && preferred.equals(((PreferredFormQuery) other).preferred)
        && fallback.equals(((PreferredFormQuery) other).fallback);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * classHash() + preferred.hashCode()) + fallback.hashCode();
  }
}
