package org.ziping.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One report published in several files (the same report as .docx, .pdf, .html …) is one search
 * result: the group key and the comparison of a group's members.
 *
 * <p>Key: the unit, year, kind, title (white space removed) and declared total score of the
 * report. A report with neither unit nor title has no key of its own and is its own group (its
 * id). The score is in the key so that two different reports of one unit and year under a generic
 * title (项目支出绩效自评报告) stay apart; the other figures are not, because an extraction can
 * miss a table in one format, and the group then says where its formats disagree
 * ({@link #disagreements}) instead of splitting. Limits: two formats whose extraction reads the
 * unit, title or score differently are two results.
 */
public final class ReportGroups {
  private ReportGroups() {}

  /** The group key of a report summary. */
  public static String key(ReportSummary s) {
    if (s.unit() == null && s.title() == null) {
      return "id:" + s.id();
    }
    return String.join("|", part(s.unit()), s.year() == null ? "" : s.year().toString(),
        part(s.kind()), part(s.title()),
        s.declaredScore() == null ? "" : s.declaredScore().stripTrailingZeros().toPlainString());
  }

  private static String part(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }

  /** A field compared across a group's members: its name and its value in a summary. */
  private record Compared(String field, Function<ReportSummary, Object> value) {}

  /** The fields compared, in the order their disagreements are listed. */
  private static final List<Compared> COMPARED = List.of(
      new Compared("region", s -> s.region() == null ? null : s.region().code()),
      new Compared("grade", ReportSummary::grade),
      new Compared("maxScore", ReportSummary::maxScore),
      new Compared("itemSum", ReportSummary::itemSum),
      new Compared("execRate", ReportSummary::execRate),
      new Compared("budgetYuan", ReportSummary::budgetYuan),
      new Compared("actualYuan", ReportSummary::actualYuan),
      new Compared("rules", ReportSummary::rules),
      new Compared("findings", s -> s.findingCounts() == null ? null : s.findingCounts().total()));

  /** Equal values; numbers by value (98 = 98.0). */
  private static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  /**
   * The fields (names of {@link ReportSummary} components) on which the members of one group
   * disagree, each with the values per member; empty when they agree or there is one member.
   */
  public static List<Disagreement> disagreements(List<ReportSummary> members) {
    List<Disagreement> out = new ArrayList<>();
    if (members.size() < 2) {
      return out;
    }
    for (Compared c : COMPARED) {
      Object first = c.value().apply(members.get(0));
      boolean differ = members.stream().anyMatch(m -> !same(first, c.value().apply(m)));
      if (differ) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ReportSummary m : members) {
          Object v = c.value().apply(m);
          values.put(SearchResult.Format.of(m).format(), v == null ? "—"
              : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        out.add(new Disagreement(c.field(), values));
      }
    }
    return out;
  }

  /** A field on which a group's formats disagree, with each format's value. */
  public record Disagreement(String field, Map<String, String> values) {}
}
