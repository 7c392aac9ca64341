package org.ziping.index;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.FuzzyQuery;

/**
 * Bounds on what one search may cost, checked before and while a query is built, so that a query
 * expensive by construction is refused with a clear message (HTTP 400, CLI exit 2) instead of
 * exhausting the stack, the heap or a server thread.
 *
 * <ul>
 *   <li>the query text: at most {@value #MAX_QUERY_CHARS} characters and at most
 *       {@value #MAX_NESTING} levels of parentheses (the classic parser recurses per level);</li>
 *   <li>regular expressions at most {@value #MAX_REGEX_CHARS} characters, their automaton at most
 *       {@value #DETERMINIZE_WORK_LIMIT} units of determinization work; wildcard and fuzzy terms at
 *       most {@value #MAX_TERM_CHARS} characters; a fuzzy term fewer edits than characters;</li>
 *   <li>a wildcard term on a text field starts with a character (no leading {@code *} or
 *       {@code ?}; keyword fields such as {@code source:*.pdf} may); a fuzzy term keeps its first
 *       {@value #FUZZY_PREFIX} character(s) and expands to at most 50 terms (Lucene's
 *       default), so neither enumerates the whole term dictionary;</li>
 *   <li>at most {@value #MAX_CLAUSES} clauses after rewriting (Lucene's own limit, reported);</li>
 *   <li>hits are paged up to {@value #MAX_WINDOW} (offset plus limit), and a search stops after
 *       {@value #TIMEOUT_MILLIS} ms.</li>
 * </ul>
 */
public final class QueryLimits {
  public static final int MAX_QUERY_CHARS = 1000;
  public static final int MAX_NESTING = 20;
  public static final int MAX_REGEX_CHARS = 100;
  public static final int MAX_TERM_CHARS = 50;
  public static final int DETERMINIZE_WORK_LIMIT = 10_000;
  public static final int FUZZY_PREFIX = 1;
  public static final int MAX_CLAUSES = 1024;
  public static final int MAX_WINDOW = 10_000;
  public static final long TIMEOUT_MILLIS = 5_000;

  private QueryLimits() {}

  /** Checks the query text before it is parsed. */
  static void checkText(String text) throws ParseException {
    if (text.length() > MAX_QUERY_CHARS) {
      throw new ParseException("the query has " + text.length() + " characters; at most "
          + MAX_QUERY_CHARS + " are allowed");
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new ParseException("the query nests parentheses deeper than " + MAX_NESTING
            + " levels");
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
  }

  /**
   * Checks a fuzzy term: it must keep at least one of its characters ({@code 养老~2} allows 2 edits
   * on 2 characters, so every term of up to 4 characters matches: the rewrite walks the whole term
   * dictionary of every field, which no time limit stops, since Lucene bounds the time of
   * collecting hits, not of rewriting).
   */
  static void checkFuzzy(String term, float minSimilarity) throws ParseException {
    int chars = term.codePointCount(0, term.length());
    int edits = FuzzyQuery.floatToEdits(minSimilarity, chars);
    if (edits >= chars) {
      throw new ParseException("the fuzzy term " + term + "~" + edits + " allows " + edits
          + " edits on " + chars + " characters, which matches almost any term; at most "
          + Math.max(0, chars - 1) + " are allowed");
    }
  }

  /** Checks the paging window of a search. */
  static void checkWindow(int offset, int limit) {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    if ((long) offset + limit > MAX_WINDOW) {
      throw new IllegalArgumentException("results are paged up to the " + MAX_WINDOW
          + "th hit; narrow the search instead of paging further");
    }
  }
}
