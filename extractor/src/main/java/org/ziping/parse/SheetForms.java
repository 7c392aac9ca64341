package org.ziping.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.parse.ReportSplitter.Part;

/**
 * Splits a workbook that repeats one form on many sheets (a 项目支出绩效自评表 or 绩效目标申报表
 * workbook with one project per sheet) into one report per form.
 *
 * <p>Data: the blocks the workbook ingester marks — a heading with hint {@code sheet} at the start of
 * each sheet and the sheet's title row as a heading with hint {@code sheet-title}. When two or more
 * sheets carry the same title (spaces ignored), every sheet with such a title starts a report titled
 * by it; a sheet without one (a drop-down list, notes) stays with the report before it, and sheets
 * before the first form go with the first. A workbook whose sheets all have different titles (a
 * budget disclosure laid out over a cover, text and table sheets) is not split here: the title
 * rules of {@link ReportSplitter} apply to it as to any document.
 *
 * <p>Why: figures of different projects must not be compared with each other as if they belonged
 * to one report.
 */
final class SheetForms {
  private SheetForms() {}

  /** The reports of a workbook repeating a form, or an empty list when the rule does not apply. */
  static List<Part> split(DocumentModel doc) {
    List<Block> blocks = doc.blocks();
    List<Integer> sheetStarts = new ArrayList<>();
    for (Block b : blocks) {
      if (b.sheet() != null && b.type() == BlockType.HEADING && b.hints().contains("sheet")) {
        sheetStarts.add(b.index());
      }
    }
    if (sheetStarts.size() < 2) {
      return List.of();
    }
    List<Integer> titleOf = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    for (int s = 0; s < sheetStarts.size(); s++) {
      int end = s + 1 < sheetStarts.size() ? sheetStarts.get(s + 1) : blocks.size();
      Integer title = null;
      for (int i = sheetStarts.get(s) + 1; i < end && title == null; i++) {
        if (blocks.get(i).hints().contains("sheet-title")) {
          title = i;
          counts.merge(key(blocks.get(i)), 1, Integer::sum);
        }
      }
      titleOf.add(title);
    }
    List<Part> parts = new ArrayList<>();
    int start = 0;
    Integer title = null;
    for (int s = 0; s < sheetStarts.size(); s++) {
      Integer t = titleOf.get(s);
      if (t == null || counts.get(key(blocks.get(t))) < 2) {
        continue;
      }
      if (title != null) {
        parts.add(part(blocks, start, sheetStarts.get(s), title));
        start = sheetStarts.get(s);
      }
      title = t;
    }
    if (title == null) {
      return List.of();
    }
    parts.add(part(blocks, start, blocks.size(), title));
    return parts.size() < 2 ? List.of() : parts;
  }

  private static Part part(List<Block> blocks, int start, int end, int title) {
    String t = ReportSplitter.collapse(blocks.get(title).text());
    return new Part(start, end, t, List.of(title), ReportKind.fromTitle(t));
  }

  private static String key(Block b) {
    return ReportSplitter.collapse(b.text());
  }
}
