package org.ziping.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.ziping.index.analysis.ChineseAnalyzers;

/**
 * {@code unit:…}: a part of a unit's name as a person types it finds the unit. 湛江, 社会保险 and
 * 社保局 all find 湛江市社会保险基金管理局.
 *
 * <p>Data: the field {@code unit_chars} holds the unit name one character per position (Han
 * characters; runs of Latin letters or digits as one token). Algorithm: the typed text is cut into
 * pieces: a known short form or its long form ({@link #EQUIVALENTS}: 社保 = 社会保险, 人社 =
 * 人力资源和社会保障 …, longest match first) is one piece that matches any of its forms; the text
 * between them is cut into HanLP words, each a piece. A piece must stand in the name as it is
 * (characters adjacent); the pieces must stand in the typed order, with anything between them
 * (Lucene span queries: exact {@link SpanNearQuery} per piece, ordered {@link SpanNearQuery} with
 * slop {@value #GAP} over the pieces). So 社保局 is 社保|社会保险 followed later by 局.
 *
 * <p>Limits: the table of short forms is small and hand-written (common department names); a
 * short form not in it must be typed as it stands in the name. Order matters: 社保湛江 does not
 * find 湛江市社会保险基金管理局.
 */
final class UnitQuery {
  static final int GAP = 40;

  /** Each row: names that mean the same in a unit's name, the short form first. */
  static final List<List<String>> EQUIVALENTS = List.of(
      List.of("社保", "社会保险"),
      List.of("医保", "医疗保障", "医疗保险"),
      List.of("人社", "人力资源和社会保障", "人力资源社会保障"),
      List.of("住建", "住房和城乡建设", "住房城乡建设"),
      List.of("发改", "发展和改革", "发展改革"),
      List.of("卫健", "卫生健康", "卫生和健康"),
      List.of("市监", "市场监督管理", "市场监管"),
      List.of("残联", "残疾人联合会"),
      List.of("教体", "教育和体育", "教育体育"),
      List.of("文旅", "文化和旅游", "文化广电旅游", "文化旅游"));

  private UnitQuery() {}

  /** The query for the typed text; a text without any letter, digit or Han character matches none. */
  static Query of(String typed) {
    List<SpanQuery> pieces = new ArrayList<>();
    for (List<String> forms : pieces(typed)) {
      List<SpanQuery> alternatives = new ArrayList<>();
      for (String form : forms) {
        SpanQuery q = exact(form);
        if (q != null) {
          alternatives.add(q);
        }
      }
      if (alternatives.size() == 1) {
        pieces.add(alternatives.get(0));
      } else if (alternatives.size() > 1) {
        pieces.add(new SpanOrQuery(alternatives.toArray(new SpanQuery[0])));
      }
    }
    if (pieces.isEmpty()) {
      return new MatchNoDocsQuery("no characters in unit:" + typed);
    }
    return pieces.size() == 1 ? pieces.get(0)
        : new SpanNearQuery(pieces.toArray(new SpanQuery[0]), GAP, true);
  }

  /** The typed text as pieces, each the list of its forms. */
  static List<List<String>> pieces(String typed) {
    List<List<String>> out = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < typed.length()) {
      List<String> row = null;
      int len = 0;
      for (List<String> forms : EQUIVALENTS) {
        for (String f : forms) {
          if (f.length() > len && typed.startsWith(f, i)) {
            row = forms;
            len = f.length();
          }
        }
      }
      if (row == null) {
        literal.append(typed.charAt(i++));
        continue;
      }
      words(literal, out);
      out.add(row);
      i += len;
    }
    words(literal, out);
    return out;
  }

  private static void words(StringBuilder literal, List<List<String>> out) {
    if (literal.isEmpty()) {
      return;
    }
    for (String w : tokens(WORDS, literal.toString())) {
      out.add(List.of(w));
    }
    literal.setLength(0);
  }

  private static SpanQuery exact(String form) {
    List<String> chars = tokens(CHARS, form);
    if (chars.isEmpty()) {
      return null;
    }
    if (chars.size() == 1) {
      return new SpanTermQuery(new Term(IndexSchema.UNIT_CHARS, chars.get(0)));
    }
    SpanQuery[] clauses = new SpanQuery[chars.size()];
    for (int k = 0; k < clauses.length; k++) {
      clauses[k] = new SpanTermQuery(new Term(IndexSchema.UNIT_CHARS, chars.get(k)));
    }
    return new SpanNearQuery(clauses, 0, true);
  }

  private static final Analyzer WORDS = ChineseAnalyzers.words();
  private static final Analyzer CHARS = ChineseAnalyzers.chars();

  private static List<String> tokens(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(IndexSchema.UNIT_CHARS, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse " + text, e);
    }
    return out;
  }

  /** The distinct forms of every row (for tests and docs). */
  static Set<String> forms() {
    Set<String> s = new LinkedHashSet<>();
    EQUIVALENTS.forEach(s::addAll);
    return s;
  }
}
