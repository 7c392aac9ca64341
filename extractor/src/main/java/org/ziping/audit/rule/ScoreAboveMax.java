package org.ziping.audit.rule;

import java.util.ArrayList;
import java.util.List;
import org.ziping.audit.RuleId;
import org.ziping.report.DecimalInterval;
import org.ziping.report.Decimals;
import org.ziping.report.Evidence;
import org.ziping.report.Fact;
import org.ziping.report.Measure;
import org.ziping.report.Severity;

/**
 * SCORE_ABOVE_MAX: an item's self-score exceeds its maximum (分值).
 *
 * <p>Data: the {@link Measure#SCORE} and {@link Measure#MAX_SCORE} facts of one scored record
 * (prose score items, groups included; indicators; budget rows), as points intervals. A score whose
 * interval lies above the maximum's is an error, unless the report explains that points were moved
 * to this item: a {@link Measure#MOVED_POINTS} fact (the parse stage reads "[N分]分值调整至/调整到/
 * 调至/并入/转入 “<label>”" in notes and quoted texts) whose key names this item (containment
 * either way, at least four characters). With such a note and score ≤ maximum + N the finding is
 * info and quotes the explanation (000: 部门预算资金支出率 3分, 自评6分, 3分分值调整至“部门预算资金支出率”
 * 指标). N defaults to the maximum of the item whose note it is.
 *
 * <p>Limits: the target must be named by its label; "分值调整至上一项" is not resolved.
 */
public final class ScoreAboveMax extends RecordRule {
  public ScoreAboveMax() {
    super(RuleId.SCORE_ABOVE_MAX, SELF_EVALUATION);
  }

  @Override
  void find(RecordFacts records, RuleFindings out) {
    List<Fact> moves = records.of(Measure.MOVED_POINTS);
    for (Fact score : records.of(Measure.SCORE)) {
      if (score.ref() == null || "/score".equals(score.ref())) {
        continue;
      }
      Fact maxFact = records.last(score, Measure.MAX_SCORE); // the last maximum stated
      if (maxFact == null) {
        continue;
      }
      DecimalInterval max = maxFact.interval();
      DecimalInterval got = score.interval();
      if (!got.above(max.hi())) {
        continue;
      }
      Fact move = findMove(moves, score);
      List<Evidence> ev = new ArrayList<>(List.of(
          new Evidence(score.label() + " 得分", score.value(), score.text(), score.location()),
          new Evidence(score.label() + " 分值", maxFact.value(), score.text(), score.location())));
      String base = score.label() + "自评" + Decimals.shown(score.value()) + "分超过分值"
          + Decimals.shown(maxFact.value()) + "分（得分区间" + got + "，分值区间" + max + "）";
      if (move != null && move.value() != null && !got.above(max.hi().add(move.value()))) {
        ev.add(new Evidence("调入分值", move.value(), move.text(), move.location()));
        out.add(Severity.INFO, base + "；报告说明了分值调整：“" + move.text() + "”，分值"
            + Decimals.shown(maxFact.value()) + "+" + Decimals.plain(move.value()) + "分，得分未超", ev);
      } else if (move != null) {
        ev.add(new Evidence("调入分值", move.value(), move.text(), move.location()));
        out.add(Severity.ERROR, base + "；报告的分值调整说明“" + move.text()
            + "”不足以解释超出部分", ev);
      } else {
        out.add(Severity.ERROR, base, ev);
      }
    }
  }

  /** The first stated move of points whose named item is the target's. */
  private static Fact findMove(List<Fact> moves, Fact target) {
    String want = target.key() == null ? "" : target.key();
    if (want.length() < 4) {
      return null;
    }
    for (Fact f : moves) {
      if (f.key() == null) {
        continue;
      }
      String named = f.key();
      if (named.length() >= 4 && (named.contains(want) || want.contains(named))) {
        return f;
      }
    }
    return null;
  }
}
