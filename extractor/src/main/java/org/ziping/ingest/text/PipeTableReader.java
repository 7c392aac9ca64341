package org.ziping.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown pipe tables ({@code | 一级指标 | 分值 | 得分 |}), the layout of reports exported from web
 * pages or Word as markdown, read into the rows {@link TabTableReader} takes.
 *
 * <p>Algorithm: a <em>pipe row</em> is a line whose trimmed text starts or ends with {@code |} and
 * holds at least two unescaped pipes (GitHub's table syntax, also without its outer pipes on one
 * side, as some exporters write it). Consecutive pipe rows (a blank line ends them, as in
 * markdown) are split at unescaped pipes after one outer pipe is dropped at each end; {@code \|}
 * is a pipe inside a cell. The delimiter row ({@code |---|:---:|}) is dropped. The rows then go
 * through {@link TabTableReader} (column count, title rows, vertical merges), so a pipe table reads
 * as the same table written with tabs.
 *
 * <p>Limits: a table needs two rows besides the delimiter; a cell holding a line break cannot be
 * written in this syntax and is not recovered; inline markup other than bold stays text.
 */
final class PipeTableReader {
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

  private PipeTableReader() {}

  /** Whether {@code line} is a row of a pipe table. */
  static boolean isRow(String line) {
    String t = TextLines.trim(line);
    if (t.length() < 3) {
      return false;
    }
    boolean lead = t.charAt(0) == '|';
    boolean trail = t.charAt(t.length() - 1) == '|' && t.charAt(t.length() - 2) != '\\';
    return (lead || trail) && unescapedPipes(t) >= 2;
  }

  private static int unescapedPipes(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '\\') {
        i++;
      } else if (t.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  /** The cells of a pipe row, the outer pipes dropped and {@code \|} read as a pipe; not trimmed. */
  static List<String> cells(String line) {
    String t = TextLines.trim(line);
    int from = t.startsWith("|") ? 1 : 0;
    int to = t.length();
    if (to > from && t.charAt(to - 1) == '|' && (to < 2 || t.charAt(to - 2) != '\\')) {
      to--;
    }
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '\\' && i + 1 < to && t.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        out.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  /** Whether the cells are a delimiter row: every cell {@code ---}, {@code :--}, {@code --:}. */
  static boolean isDelimiter(List<String> cells) {
    for (String c : cells) {
      if (!DELIMITER_CELL.matcher(TextLines.trim(c)).matches()) {
        return false;
      }
    }
    return !cells.isEmpty();
  }

  /** The rows of a run of pipe rows as tab-separated lines, the delimiter rows dropped. */
  static List<String> asTabRows(List<String> run) {
    List<String> rows = new ArrayList<>();
    for (String line : run) {
      List<String> cells = cells(line);
      if (!isDelimiter(cells)) {
        rows.add(String.join("\t", cells));
      }
    }
    return rows;
  }

  /** The hints of a table read so: {@code pipe-table} in place of {@code tab-separated}. */
  static List<String> hints(List<String> tabHints) {
    return tabHints.stream().map(h -> h.equals("tab-separated") ? "pipe-table" : h).toList();
  }
}
