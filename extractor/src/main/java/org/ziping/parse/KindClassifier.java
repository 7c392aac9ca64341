package org.ziping.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.TextNormalizer;
import org.ziping.report.DocumentKind;
import org.ziping.report.KindEvidence;
import org.ziping.report.Location;

/**
 * Decides what a report is ({@link DocumentKind}) and records the phrases that decided it.
 *
 * <p>Algorithm, on one report's scope:
 * <ol>
 *   <li><b>Title zone</b>: the report's title (from {@link ReportSplitter}), the page's 标题 field
 *       ({@link PageFurniture}), and the first short lines of the scope (cover lines, cells of a
 *       cover table), up to the first prose paragraph or 目录; numbered headings (a table of
 *       contents) are skipped.</li>
 *   <li><b>Template</b> first: a placeholder inside a name in the title zone (上海市XX局, XX单位)
 *       or at least {@value #TEMPLATE_PLACEHOLDERS} placeholders (XX, ××, ＿＿) in the scope.</li>
 *   <li>The first title-zone line that names a document decides: a self-evaluation title
 *       (自评 / 评价 with 报告 / 表) gives the self-evaluation kind {@link ReportKind} reads from it
 *       (else from the body, whose first words of that kind are added to the evidence: a title
 *       that names only a road project, over a body on the transfer-payment template, is special
 *       by 绩效目标分解下达); 决算 → final-accounts; 部门预算 / 预算公开 → budget-disclosure;
 *       绩效目标申报表 / 绩效目标表 → performance-target.</li>
 *   <li>Without a naming line: the standard disclosure table captions (收支预算总表,
 *       收入支出决算总表 …) counted over the scope; else a self-evaluation kind when the body names
 *       one and states self-scores (a 得分 / 自评分 column, "自评得分…"); else other.</li>
 * </ol>
 * A self-evaluation kind is never given on body words alone: a budget disclosure with a paragraph
 * on 绩效自评 results names no self-evaluation in its title and so stays a budget disclosure.
 *
 * <p>Limits: a document whose title zone names nothing and whose tables are not the standard ones
 * is "other"; a self-evaluation published without any title and without self-scores is "other".
 */
final class KindClassifier {
  static final int TEMPLATE_PLACEHOLDERS = 10;
  private static final int ZONE_LINES = 12;

  /** The decision: kind, evidence, and a document title found in the title zone (or null). */
  record Decision(DocumentKind kind, List<KindEvidence> evidence, String title) {}

  /** One line of the title zone and where it stands. */
  private record ZoneLine(String collapsed, String text, Location location, int firstBlock,
                          boolean cell) {}

  Decision classify(ReportScope scope, String title, List<Integer> titleBlocks,
                    PageFurniture.Result furniture) {
    List<ZoneLine> zone = titleZone(scope, title, titleBlocks, furniture);
    List<KindEvidence> evidence = new ArrayList<>();
    if (template(scope, zone, evidence)) {
      return new Decision(DocumentKind.TEMPLATE, evidence, titleText(documentTitle(zone, null)));
    }
    for (int i = 0; i < zone.size(); i++) {
      ZoneLine z = zone.get(i);
      if (KindCues.selfEvaluationTitle(z.collapsed()) && ReportSplitter.titleShaped(z.collapsed())) {
        ReportKind rk = ReportKind.fromTitle(z.collapsed());
        KindEvidence phrase = null;
        if (rk == null) {
          rk = ReportKind.fromBody(scope.normalized(scope.start(), scope.end()));
          phrase = rk == null ? null : firstMention(scope, rk);
        }
        DocumentKind k = rk == null ? DocumentKind.PROJECT : selfKind(rk);
        evidence.add(new KindEvidence(k.json(), z.text(), z.location()));
        if (phrase != null) {
          evidence.add(phrase); // the title names no kind: the body's words that did
        }
        KindEvidence score = scoreEvidence(scope);
        if (score != null) {
          evidence.add(score);
        }
        return new Decision(k, evidence, null);
      }
      DocumentKind d = KindCues.disclosureCue(z.collapsed());
      if (d != null && z.collapsed().length() <= 60) {
        ZoneLine docTitle = documentTitle(zone, z);
        ZoneLine quoted = docTitle != null && !docTitle.cell() ? docTitle : z;
        evidence.add(new KindEvidence(d.json(), quoted.text(), quoted.location()));
        return new Decision(d, evidence, titleText(docTitle));
      }
    }
    KindEvidence caption = tableCaptions(scope, evidence);
    if (caption != null) {
      return new Decision(DocumentKind.fromJson(caption.signal()), evidence, null);
    }
    ReportKind rk = ReportKind.fromBody(scope.normalized(scope.start(), scope.end()));
    KindEvidence score = scoreEvidence(scope);
    if (rk != null && score != null) {
      KindEvidence phrase = firstMention(scope, rk);
      if (phrase != null) {
        evidence.add(phrase);
      }
      evidence.add(score);
      return new Decision(selfKind(rk), evidence, null);
    }
    return new Decision(DocumentKind.OTHER, evidence, null);
  }

  /** Where the scope's text first names a self-evaluation kind's words, as evidence; or null. */
  private static KindEvidence firstMention(ReportScope scope, ReportKind rk) {
    int[] at = rk.firstMention(scope.normalized(scope.start(), scope.end()));
    if (at == null) {
      return null;
    }
    int s = scope.start() + at[0];
    int e = scope.start() + at[1];
    return new KindEvidence(rk.json(), scope.text(s, e), scope.locate(s, e));
  }

  private static DocumentKind selfKind(ReportKind rk) {
    return DocumentKind.fromJson(rk.json());
  }

  private static List<ZoneLine> titleZone(ReportScope scope, String title,
                                          List<Integer> titleBlocks,
                                          PageFurniture.Result furniture) {
    List<ZoneLine> zone = new ArrayList<>();
    List<Block> all = scope.doc().blocks();
    if (title != null && !titleBlocks.isEmpty()) {
      int last = 0;
      while (last + 1 < titleBlocks.size() && titleBlocks.get(last + 1) == titleBlocks.get(last) + 1) {
        last++;
      }
      Block a = all.get(titleBlocks.get(0));
      Block b = all.get(titleBlocks.get(last));
      Location loc = scope.locate(a.start(), b.end());
      zone.add(new ZoneLine(KindCues.collapse(TextNormalizer.normalize(title)), title, loc,
          titleBlocks.get(0), false));
    }
    PageFurniture.FieldValue ft = furniture.first(PageFurniture.Field.TITLE);
    if (ft != null) {
      zone.add(new ZoneLine(KindCues.collapse(TextNormalizer.normalize(ft.value())), ft.value(),
          Location.of(ft.start(), ft.end(), null), -1, false));
    }
    int lines = 0;
    for (Block b : scope.blocks()) {
      if (lines >= ZONE_LINES) {
        break;
      }
      if (b.type() == BlockType.TABLE) {
        for (Cell c : b.table().cells()) {
          if (c.row() > 2) {
            break;
          }
          String n = KindCues.collapse(TextNormalizer.normalize(c.text()));
          if (!n.isEmpty() && n.length() <= 60) {
            zone.add(new ZoneLine(n, c.text().strip(), scope.locate(b, c), b.index(), true));
          }
        }
        lines += 3;
        continue;
      }
      String n = KindCues.collapse(TextNormalizer.normalize(b.text()));
      if (n.isEmpty()) {
        continue;
      }
      if (n.equals("目录") || n.length() > 60 || n.length() > 20 && n.matches(".*[。；].*")) {
        break;
      }
      lines++;
      HeadingMatcher.Heading h = HeadingMatcher.match(b);
      if (h != null && h.number() != null) {
        continue;
      }
      zone.add(new ZoneLine(n, b.text().strip(), scope.locate(b.start(), b.end()), b.index(),
          false));
    }
    return zone;
  }

  /**
   * The document's title when the naming line is a disclosure's: the line joined with the short
   * unnumbered lines right above it ("中共…区委" / "社会工作部2024年度" / "部门决算"), as a zone line
   * whose location spans the joined lines; null when the zone names no disclosure.
   */
  private static ZoneLine documentTitle(List<ZoneLine> zone, ZoneLine naming) {
    if (naming == null) {
      for (ZoneLine z : zone) {
        if (KindCues.disclosureCue(z.collapsed()) != null && z.collapsed().length() <= 40) {
          naming = z;
          break;
        }
      }
      if (naming == null) {
        return null;
      }
    }
    if (naming.firstBlock() < 0 || naming.cell() || naming.collapsed().length() > 40) {
      return naming.collapsed().length() <= 60 ? naming : null;
    }
    StringBuilder t = new StringBuilder(naming.collapsed());
    Location first = naming.location();
    int at = zone.indexOf(naming);
    int block = naming.firstBlock();
    for (int i = at - 1; i >= 0 && at - i <= 3; i--) {
      ZoneLine z = zone.get(i);
      if (z.firstBlock() != block - 1 || z.cell() || z.collapsed().length() > 30
          || z.collapsed().matches(".*[，。；:：,;].*") || z.collapsed().matches("^[0-9０-９一二三四五六七八九十]+[.、．].*")
          || KindCues.disclosureCue(z.collapsed()) != null) {
        break;
      }
      t.insert(0, z.collapsed());
      block = z.firstBlock();
      first = z.location();
    }
    Location span = new Location(first.start(), naming.location().end(), first.page(), null, null,
        null);
    return new ZoneLine(t.toString(), t.toString(), span, block, false);
  }

  private static String titleText(ZoneLine z) {
    return z == null ? null : z.collapsed();
  }

  private static boolean template(ReportScope scope, List<ZoneLine> zone,
                                  List<KindEvidence> evidence) {
    for (ZoneLine z : zone) {
      if (KindCues.PLACEHOLDER_NAME.matcher(TextNormalizer.normalize(z.text())).find()) {
        evidence.add(new KindEvidence("placeholder", z.text(), z.location()));
        return true;
      }
    }
    String text = scope.normalized(scope.start(), scope.end());
    Matcher m = KindCues.PLACEHOLDER_FINDER.matcher(text);
    List<KindEvidence> found = new ArrayList<>();
    int count = 0;
    for (int at = 0; KindCues.PLACEHOLDER_FINDER.find(m, text, at); at = m.end()) {
      count++;
      if (found.size() < 3) {
        int s = scope.start() + Math.max(0, m.start() - 8);
        int e = scope.start() + Math.min(text.length(), m.end() + 8);
        found.add(new KindEvidence("placeholder", scope.text(s, e).strip(), scope.locate(s, e)));
      }
    }
    if (count >= TEMPLATE_PLACEHOLDERS) {
      evidence.addAll(found);
      return true;
    }
    return false;
  }

  /** The disclosure table captions of the scope, counted; the winner's first caption. */
  private static KindEvidence tableCaptions(ReportScope scope, List<KindEvidence> evidence) {
    int budget = 0;
    int fin = 0;
    KindEvidence firstBudget = null;
    KindEvidence firstFinal = null;
    for (Block b : scope.textBlocks()) {
      String n = KindCues.collapse(TextNormalizer.normalize(b.text()));
      DocumentKind k = KindCues.tableCue(n);
      if (k == null) {
        continue;
      }
      KindEvidence e = new KindEvidence(k.json(), b.text().strip(), scope.locate(b.start(), b.end()));
      if (k == DocumentKind.BUDGET_DISCLOSURE) {
        budget++;
        firstBudget = firstBudget == null ? e : firstBudget;
      } else {
        fin++;
        firstFinal = firstFinal == null ? e : firstFinal;
      }
    }
    if (budget == 0 && fin == 0) {
      return null;
    }
    KindEvidence win = fin > budget ? firstFinal : firstBudget;
    evidence.add(win);
    return win;
  }

  /** The first self-score column header, else the first sentence stating a self-score. */
  static KindEvidence scoreEvidence(ReportScope scope) {
    for (Block b : scope.tables()) {
      for (Cell c : b.table().cells()) {
        if (KindCues.scoreHeader(KindCues.collapse(TextNormalizer.normalize(c.text())))) {
          return new KindEvidence("self-scores", c.text().strip(), scope.locate(b, c));
        }
      }
    }
    for (Block b : scope.textBlocks()) {
      String n = scope.normalized(b.start(), b.end());
      Matcher m = KindCues.scoreProse(n);
      if (m != null) {
        int s = b.start() + m.start();
        int e = b.start() + m.end();
        while (e < b.end() && e - b.start() - m.end() < 10
            && "0123456789. 为:分".indexOf(scope.normalized().charAt(e)) >= 0) {
          e++;
        }
        return new KindEvidence("self-scores", scope.text(s, e).strip(), scope.locate(s, e));
      }
    }
    return null;
  }
}
