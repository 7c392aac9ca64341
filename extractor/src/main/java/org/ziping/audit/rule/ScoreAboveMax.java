package org.ziping.audit.rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.audit.AuditContext;
import org.ziping.audit.AuditRule;
import org.ziping.audit.DecimalInterval;
import org.ziping.audit.Findings;
import org.ziping.audit.Points;
import org.ziping.audit.Severity;
import org.ziping.report.Evidence;
import org.ziping.report.Finding;
import org.ziping.report.Report;

/**
 * SCORE_ABOVE_MAX: an item's self-score exceeds its maximum (分值).
 *
 * <p>Data: prose score items (groups included), indicators and budget rows with both a maximum
 * and a score; scores and maxima as {@link Points} intervals. A score whose interval lies above
 * the maximum's is an error, unless the report explains that points were moved to this item: a
 * note or quoted text of any score item or indicator matching "[N分]分值调整至/调整到/调至/并入/转入
 * “<label>”" where the named target is this item's label. With such a note and score ≤ maximum +
 * N the finding is info and quotes the explanation (000: 部门预算资金支出率 3分, 自评6分, 3分分值调整至
 * “部门预算资金支出率”指标). N defaults to the maximum of the item whose note it is.
 *
 * <p>Limits: the target must be named by its label (containment either way, at least four
 * characters); "分值调整至上一项" is not resolved.
 */
public final class ScoreAboveMax implements AuditRule {
  public static final String ID = "SCORE_ABOVE_MAX";
  static final Pattern MOVED = Pattern.compile(
      "(?:([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*)?(?:的)?分值\\s*(?:调整至|调整到|调至|并入|转入|划入|计入)\\s*"
          + "[“\"「『《]?([^”\"」』》，。；;,（）()\\s]+)");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(Report report, AuditContext ctx) {
    List<ScoredItem> items = new ArrayList<>(ScoredItem.proseAll(report));
    items.addAll(ScoredItem.indicators(report));
    items.addAll(ScoredItem.budgetRows(report));
    List<Finding> out = new ArrayList<>();
    List<Stated> moves = null;
    for (ScoredItem item : items) {
      if (item.maxScore() == null || item.score() == null) {
        continue;
      }
      DecimalInterval max = Points.interval(item.maxScore());
      DecimalInterval score = Points.interval(item.score());
      if (!score.above(max.hi())) {
        continue;
      }
      if (moves == null) {
        moves = statedMoves(items);
      }
      Move move = findMove(moves, item);
      List<Evidence> ev = new ArrayList<>(List.of(item.scoreEvidence(), item.maxEvidence()));
      String base = item.label() + "自评" + Findings.shown(item.score()) + "分超过分值" + Findings.shown(item.maxScore())
          + "分（得分区间" + score + "，分值区间" + max + "）";
      if (move != null && move.points != null
          && !score.above(max.hi().add(move.points))) {
        ev.add(new Evidence("调入分值", move.points, move.quote, move.from.location()));
        out.add(Findings.of(ID, Severity.INFO, ctx, base + "；报告说明了分值调整：“" + move.quote + "”，分值"
            + Findings.shown(item.maxScore()) + "+" + Findings.plain(move.points) + "分，得分未超", ev));
      } else if (move != null) {
        ev.add(new Evidence("调入分值", move.points, move.quote, move.from.location()));
        out.add(Findings.of(ID, Severity.ERROR, ctx, base + "；报告的分值调整说明“" + move.quote
            + "”不足以解释超出部分", ev));
      } else {
        out.add(Findings.of(ID, Severity.ERROR, ctx, base, ev));
      }
    }
    return out;
  }

  private record Move(ScoredItem from, BigDecimal points, String quote) {}

  /** A stated move of points, read once per report (not once per item over all items). */
  private record Stated(ScoredItem from, String points, String named, String quote) {}

  private static List<Stated> statedMoves(List<ScoredItem> items) {
    List<Stated> out = new ArrayList<>();
    for (ScoredItem from : items) {
      for (String s : new String[] {from.note(), from.text()}) {
        if (s == null) {
          continue;
        }
        Matcher m = MOVED.matcher(s);
        while (m.find()) {
          String named = normalize(m.group(2));
          if (named.length() >= 4) {
            out.add(new Stated(from, m.group(1), named, m.group().trim()));
          }
        }
      }
    }
    return out;
  }

  private static Move findMove(List<Stated> moves, ScoredItem target) {
    String want = normalize(target.label());
    if (want.length() < 4) {
      return null;
    }
    for (Stated st : moves) {
      if (st.named().contains(want) || want.contains(st.named())) {
        BigDecimal points = st.points() != null ? new BigDecimal(st.points())
            : (st.from() != target ? st.from().maxScore() : null);
        return new Move(st.from(), points, st.quote());
      }
    }
    return null;
  }

  private static String normalize(String label) {
    if (label == null) {
      return "";
    }
    return label.replaceAll("[\\s\\p{Punct}“”‘’「」『』《》（）：、，。；]", "")
        .replaceAll("^[0-9一二三四五六七八九十]+", "").replaceAll("(指标|项)$", "");
  }
}
