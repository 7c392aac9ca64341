package org.ziping.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic query syntax with the index's numeric fields understood: {@code year:2023},
 * {@code score:[95 TO 100]}, {@code exec_rate:{100 TO *]} become point queries (the plain parser
 * would make term queries that never match a point field). Terms are AND-ed unless OR is written,
 * and a run of Chinese that the analyzer cuts into several tokens becomes a phrase (养老保险 must
 * stand together, not 养老 anywhere and 保险 anywhere). {@code unit:} takes a part of the unit's
 * name ({@link UnitQuery}).
 */
final class ReportQueryParser extends QueryParser {

  ReportQueryParser(String defaultField, Analyzer analyzer) {
    super(defaultField, analyzer);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(true); // source:*.pdf selects one format
    setDeterminizeWorkLimit(QueryLimits.DETERMINIZE_WORK_LIMIT);
    setFuzzyPrefixLength(QueryLimits.FUZZY_PREFIX);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
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
    if (termStr.length() > QueryLimits.MAX_TERM_CHARS) {
      throw new ParseException("a fuzzy term may have at most " + QueryLimits.MAX_TERM_CHARS
          + " characters");
    }
    QueryLimits.checkFuzzy(termStr, minSimilarity);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
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
