package org.ziping.index;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax, as Lucene and Solr users type it, on the report index.
 *
 * <ul>
 *   <li>Words without a field search the report text twice, as HanLP words ({@code text},
 *       boosted ×{@value #WORD_BOOST}) and as CJK bigrams ({@code text_bigram}, recall for
 *       compounds the segmenter cuts differently): each word, phrase, prefix or fuzzy term matches
 *       where either of its two forms does and scores by the word form where that matches
 *       ({@link PreferredFormQuery}), and the boolean structure ({@code +}, {@code -},
 *       {@code AND}, {@code OR}, {@code NOT}, parentheses) applies to those pairs, so
 *       {@code -养老} excludes a report whichever form holds the word. Terms are AND-ed unless OR
 *       is written, and a run of Chinese that the analyzer cuts into several tokens becomes a
 *       phrase (养老保险 must stand together, not 养老 anywhere and 保险 anywhere).</li>
 *   <li>{@code *:*} matches every report; {@code field:*} every report that has the field
 *       (norms of a text field, the full range of a numeric one, any term of a keyword).</li>
 *   <li>Numeric fields ({@link IndexSchema#INT_FIELDS}, {@link IndexSchema#DOUBLE_FIELDS})
 *       become point queries: {@code year:2023}, {@code score:[95 TO 100]},
 *       {@code exec_rate:{100 TO *]} (the plain parser would make term queries that never match a
 *       point field).</li>
 *   <li>{@code unit:} takes a part of the unit's name ({@link UnitQuery}).</li>
 *   <li>A query of prohibited clauses only ({@code -rule:EXEC_RATE_OVER_100}, also inside
 *       parentheses) means "everything but", as in Solr's standard parser (Lucene's classic parser
 *       would match nothing).</li>
 * </ul>
 *
 * <p>Refused, with a message that says what to type instead ({@link QueryLimits}): a field the
 * index does not have (as Solr does; {@code "10:30"} in quotes searches the text), a leading
 * wildcard on a text field, a range or a wildcard on a text field that would walk the term
 * dictionary, wildcards on a number, and the size and depth limits of {@link QueryLimits}.
 */
final class ReportQueryParser extends QueryParser {
  /** The boost of the word form against the bigram form of an unfielded term. */
  static final float WORD_BOOST = 3f;
  /** The parser's name for "no field given": the report text in both its forms. */
  private static final String DEFAULT = "_text_";
  /** Analysed text fields (words, bigrams, characters): norms, no ranges. */
  static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.TEXT, IndexSchema.TEXT_BIGRAM,
      IndexSchema.TITLE, IndexSchema.SECTIONS, IndexSchema.UNIT_CHARS);
  /** Every field a query may name, in the order error messages list them. */
  static final List<String> QUERY_FIELDS = List.of(IndexSchema.TEXT, IndexSchema.TITLE,
      IndexSchema.SECTIONS, IndexSchema.UNIT, IndexSchema.YEAR, IndexSchema.KIND,
      IndexSchema.GRADE, IndexSchema.SCORE, IndexSchema.EXEC_RATE, IndexSchema.BUDGET_YUAN,
      IndexSchema.ACTUAL_YUAN, IndexSchema.FINDINGS, IndexSchema.RULE, IndexSchema.SEVERITY,
      IndexSchema.PROVINCE, IndexSchema.CITY, IndexSchema.COUNTY, IndexSchema.REGION,
      IndexSchema.SOURCE, IndexSchema.INPUT, IndexSchema.ID, IndexSchema.TEXT_BIGRAM,
      IndexSchema.UNIT_CHARS);
  private static final Set<String> KNOWN = Set.copyOf(QUERY_FIELDS);

  ReportQueryParser(Analyzer analyzer) {
    super(DEFAULT, analyzer);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true); // source:*.pdf selects one format; text fields refuse it below
    setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    setFuzzyPrefixLength(QueryLimits.FUZZY_PREFIX);
  }

  /** The query of {@code text} (checked against {@link QueryLimits} first). */
  static Query parse(String text, Analyzer analyzer) throws ParseException {
    QueryLimits.checkText(text);
    return new ReportQueryParser(analyzer).parse(text);
  }

  /** A query built per form of the text, for an unfielded term. */
  @FunctionalInterface
  private interface PerField {
    Query on(String field) throws ParseException;
  }

  /**
   * The word form (boosted) and the bigram form of an unfielded term: either matches, the word's
   * score where it matches ({@link PreferredFormQuery}); one of them when the other has no terms,
   * null when neither has.
   */
  private static Query eitherForm(PerField build) throws ParseException {
    Query words = build.on(IndexSchema.TEXT);
    Query bigrams = build.on(IndexSchema.TEXT_BIGRAM);
    if (words == null || bigrams == null) {
      return words != null ? new BoostQuery(words, WORD_BOOST) : bigrams;
    }
    return new PreferredFormQuery(new BoostQuery(words, WORD_BOOST), bigrams);
  }

  /** Refuses a field the index does not have, as Solr's parser does. */
  private static void checkField(String field) throws ParseException {
    if (!DEFAULT.equals(field) && !KNOWN.contains(field)) {
      throw new ParseException("the index has no field '" + field + "' (fields: "
          + String.join(", ", QUERY_FIELDS) + "); to search '" + field + ":…' as text, put it in"
          + " quotes: \"" + field + ":…\"");
    }
  }

  private static boolean isNumeric(String field) {
    return IndexSchema.INT_FIELDS.contains(field) || IndexSchema.DOUBLE_FIELDS.contains(field);
  }

  /**
   * The field of a prefix or regular expression query: a known one ({@link #checkField}), not a
   * numeric one (it holds no terms a pattern can match).
   */
  private static void checkPatternField(String field) throws ParseException {
    checkField(field);
    if (isNumeric(field)) {
      throw noPatternOnNumber(field);
    }
  }

  private static ParseException noPatternOnNumber(String field) {
    return new ParseException(field + " takes a number or a range, not a pattern: " + field
        + ":2023, " + field + ":[2020 TO 2023], or " + field + ":* for any value");
  }

  /**
   * {@code field:*}: every report that has the field. Text fields by their norms, numbers by the
   * full range of their points, keywords by any of their terms (few per field), {@code unit} by
   * its characters' field.
   */
  private Query exists(String field) throws ParseException {
    if (IndexSchema.INT_FIELDS.contains(field)) {
      return IntPoint.newRangeQuery(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (IndexSchema.DOUBLE_FIELDS.contains(field)) {
      return DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }
    if (IndexSchema.UNIT.equals(field)) {
      return new FieldExistsQuery(IndexSchema.UNIT_CHARS);
    }
    if (TEXT_FIELDS.contains(field)) {
      return new FieldExistsQuery(field);
    }
    return super.getWildcardQuery(field, "*");
  }

  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    Query q = super.getBooleanQuery(clauses);
    if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      for (BooleanClause c : bq.clauses()) {
        all.add(c);
      }
      return all.build();
    }
    return q;
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    if (DEFAULT.equals(field)) {
      return eitherForm(f -> super.getFieldQuery(f, text, slop));
    }
    return super.getFieldQuery(field, text, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    checkPatternField(field);
    if (DEFAULT.equals(field)) {
      return eitherForm(f -> getPrefixQuery(f, termStr));
    }
    if (IndexSchema.UNIT.equals(field)) {
      return UnitQuery.of(termStr); // a part of the name already matches anywhere in it
    }
    if (termStr.length() > QueryLimits.MAX_TERM_CHARS) {
      throw new ParseException("a prefix may have at most " + QueryLimits.MAX_TERM_CHARS
          + " characters");
    }
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    checkPatternField(field);
    if (DEFAULT.equals(field)) {
      return eitherForm(f -> getRegexpQuery(f, termStr));
    }
    if (termStr.length() > QueryLimits.MAX_REGEX_CHARS) {
      throw new ParseException("a regular expression may have at most "
          + QueryLimits.MAX_REGEX_CHARS + " characters");
    }
    try {
      return super.getRegexpQuery(field, termStr);
    } catch (RuntimeException e) { // TooComplexToDeterminizeException, IllegalArgumentException
      throw new ParseException("the regular expression /" + termStr + "/ is too complex or "
          + "invalid: " + e.getMessage());
    }
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    checkField(field);
    if (DEFAULT.equals(field)) {
      return "*".equals(termStr) ? new MatchAllDocsQuery()
          : eitherForm(f -> getWildcardQuery(f, termStr));
    }
    if ("*".equals(termStr)) {
      return exists(field);
    }
    if (isNumeric(field)) {
      throw noPatternOnNumber(field);
    }
    if (IndexSchema.UNIT.equals(field)) {
      throw new ParseException("unit: takes a part of the unit's name as it stands, without "
          + "wildcards: unit:湛江, unit:社保局 (or unit:* for any unit)");
    }
    if (termStr.length() > QueryLimits.MAX_TERM_CHARS) {
      throw new ParseException("a wildcard term may have at most " + QueryLimits.MAX_TERM_CHARS
          + " characters");
    }
    if (!IndexSchema.KEYWORD_FIELDS.contains(field)
        && (termStr.startsWith("*") || termStr.startsWith("?"))) {
      throw new ParseException("a wildcard term in the text must start with at least one "
          + "character (社会*, not *保险): a leading wildcard scans every term of the index");
    }
    try {
      return super.getWildcardQuery(field, termStr);
    } catch (RuntimeException e) {
      throw new ParseException("the wildcard term " + termStr + " is too complex: "
          + e.getMessage());
    }
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    checkField(field);
    if (DEFAULT.equals(field)) {
      return eitherForm(f -> getFuzzyQuery(f, termStr, minSimilarity));
    }
    if (isNumeric(field)) {
      throw noPatternOnNumber(field);
    }
    if (termStr.length() > QueryLimits.MAX_TERM_CHARS) {
      throw new ParseException("a fuzzy term may have at most " + QueryLimits.MAX_TERM_CHARS
          + " characters");
    }
    QueryLimits.checkFuzzy(termStr, minSimilarity);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    checkField(field);
    if (DEFAULT.equals(field)) {
      return eitherForm(f -> super.getFieldQuery(f, text, quoted));
    }
    if (IndexSchema.INT_FIELDS.contains(field)) {
      return IntPoint.newExactQuery(field, parseInt(field, text));
    }
    if (IndexSchema.DOUBLE_FIELDS.contains(field)) {
      return DoublePoint.newExactQuery(field, parseDouble(field, text));
    }
    if (IndexSchema.UNIT.equals(field)) {
      return UnitQuery.of(text);
    }
    return super.getFieldQuery(field, text, quoted);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                boolean endInclusive) throws ParseException {
    checkField(field);
    if (DEFAULT.equals(field) || TEXT_FIELDS.contains(field) || IndexSchema.UNIT.equals(field)) {
      throw new ParseException("a range applies to numbers (" + String.join(", ",
          new TreeSet<>(IndexSchema.DOUBLE_FIELDS)) + ", "
          + String.join(", ", new TreeSet<>(IndexSchema.INT_FIELDS))
          + ") and keywords (kind, rule, province …), not to words of the text, where it would "
          + "walk the whole term dictionary: search the words, or a prefix such as 社会*");
    }
    if (IndexSchema.INT_FIELDS.contains(field)) {
      int lo = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : parseInt(field, part1);
      int hi = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : parseInt(field, part2);
      if (!startInclusive && lo != Integer.MIN_VALUE) {
        if (lo == Integer.MAX_VALUE) {
          return new MatchNoDocsQuery(field + " above the largest number");
        }
        lo = lo + 1;
      }
      if (!endInclusive && hi != Integer.MAX_VALUE) {
        if (hi == Integer.MIN_VALUE) {
          return new MatchNoDocsQuery(field + " below the smallest number");
        }
        hi = hi - 1;
      }
      return IntPoint.newRangeQuery(field, lo, hi);
    }
    if (IndexSchema.DOUBLE_FIELDS.contains(field)) {
      double lo = part1 == null || part1.equals("*") ? Double.NEGATIVE_INFINITY
          : parseDouble(field, part1);
      double hi = part2 == null || part2.equals("*") ? Double.POSITIVE_INFINITY
          : parseDouble(field, part2);
      if (!startInclusive) {
        lo = Math.nextUp(lo);
      }
      if (!endInclusive) {
        hi = Math.nextDown(hi);
      }
      return DoublePoint.newRangeQuery(field, lo, hi);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static int parseInt(String field, String text) throws ParseException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException(field + " takes a whole number, not '" + text + "'");
    }
  }

  private static double parseDouble(String field, String text) throws ParseException {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException(field + " takes a number, not '" + text + "'");
    }
  }
}
