package org.ziping.parse.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.parse.StartCharFinder;
import org.ziping.parse.figures.Measures.Fig;
import org.ziping.report.Amount;
import org.ziping.report.Breakdown;

/**
 * Breakdowns of kind {@code sum}: parts listed first and their sum after them
 * ("A…40万元；B…25.85万元；…。共计下达…1487.39万元"). The closing clause opens with 共计/合计/总计
 * (after a clause or sentence end) and states a money figure; the parts are the pieces of the
 * stretch before it, split at ；, when there are at least two and each states exactly one money
 * figure (not a change, not in parentheses). The stretch is the sentence before the closing one,
 * or the start of the same sentence.
 *
 * <p>Limits: money only; parts separated by commas, or a piece stating two figures, give no
 * breakdown; levels of one set are no breakdown ({@link BreakdownGrammar#levelsOfOneSet}).
 */
final class SumBreakdowns implements BreakdownAlgorithm {
  /** A clause that closes a list of parts with their sum: 共计下达…, 合计…, 以上共计…. */
  private static final Pattern SUM_AFTER =
      Pattern.compile("(以上|上述|全年|本年)?(共计|合计|总计)");
  private static final StartCharFinder SUM_FINDER = StartCharFinder.of(SUM_AFTER, "以上全本共合总");

  @Override
  public List<Breakdown> find(ScopeFigures in) {
    Prose prose = in.prose();
    List<Fig> figs = in.proseFigs();
    String norm = prose.norm();
    List<Breakdown> out = new ArrayList<>();
    for (Prose.Segment seg : prose.segments()) {
      Matcher m = SUM_AFTER.matcher(norm); // opaque bounds, like the region search it replaces
      for (int at = seg.start(); SUM_FINDER.find(m, norm, at, seg.end()); at = m.end()) {
        int c = m.start();
        int before = c - 1;
        while (before >= seg.start() && Character.isWhitespace(norm.charAt(before))) {
          before--;
        }
        if (before < seg.start() || "。；;，,".indexOf(norm.charAt(before)) < 0) {
          continue;
        }
        int closeEnd = prose.sentenceEnd(c);
        Fig total = null;
        for (int k = Measures.firstAtOrAfter(figs, c + 1);
            k < figs.size() && figs.get(k).start() < closeEnd; k++) {
          Fig f = figs.get(k);
          if (f.end() <= closeEnd && f.measure().equals("money")
              && !Measures.isDelta(f.label())) {
            total = f;
            break;
          }
        }
        if (total == null || norm.substring(c, total.start()).matches("(?s).*[，,；;:：].*")) {
          continue; // the sum must stand in the closing clause itself
        }
        int from = Prose.SENTENCE_END.indexOf(norm.charAt(before)) >= 0
            ? prose.sentenceStart(before) : prose.sentenceStart(c);
        List<Amount> parts = new ArrayList<>();
        boolean ok = true;
        int pieceStart = from;
        for (int i = from; i <= before && ok; i++) {
          char ch = norm.charAt(i);
          boolean end = i == before || ch == '；' || ch == ';';
          if (!end || BreakdownGrammar.inParens(norm, i, from)) {
            continue;
          }
          List<Fig> money = new ArrayList<>();
          for (Fig f : Measures.within(figs, pieceStart, i + 1)) {
            if (f.measure().equals("money") && !Measures.isDelta(f.label())
                && !BreakdownGrammar.inParens(norm, f.start(), from)) {
              money.add(f);
            }
          }
          ok = money.size() == 1;
          if (ok) {
            parts.add(money.get(0).amount());
          }
          pieceStart = i + 1;
        }
        if (ok && parts.size() >= 2 && !BreakdownGrammar.levelsOfOneSet(total.amount(), parts)) {
          out.add(new Breakdown(total.label(), "sum", total.amount(), parts,
              prose.scope().text(from, total.end()), prose.scope().locate(from, total.end())));
        }
      }
    }
    return out;
  }
}
