package org.ziping.ingest.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Node;

/**
 * Renders the list labels Word draws in front of numbered paragraphs ("1.", "（一）", "一、", "①"),
 * from the numbering part ({@code word/numbering.xml}): a paragraph's {@code w:numPr} names a
 * numbering instance ({@code w:num}) and a level; the instance points to an abstract definition
 * ({@code w:abstractNum}) whose level gives the start value, the number format ({@code w:numFmt})
 * and the label template ({@code w:lvlText}, "%1.%2" meaning the counters of levels 1 and 2).
 *
 * <p>Counting follows Word: labels must be asked for in document order; each call advances the
 * counter of its level and resets the deeper levels (unless their {@code w:lvlRestart} says
 * otherwise). Instances that share an abstract definition share counters, except an instance with a
 * {@code w:startOverride}, which counts on its own from the override. {@code w:isLgl} renders every
 * counter in decimal; abstract definitions linked through {@code w:numStyleLink} are followed.
 * Bullets render as their character, symbol-font private-use bullets as "•".
 *
 * <p>Limits: counters live for the whole document (no restart at section breaks); the level's
 * paragraph-style link ({@code w:pStyle} in a level) is used only to pick the level of a styled
 * paragraph that names none; picture bullets render as "•"; labels are computed, not read from a
 * cached rendering, so a document whose numbering Word would draw differently (fields, LISTNUM)
 * may disagree.
 */
public final class NumberingRenderer {
  private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");
  private static final int LEVELS = 9;

  /** One level's definition. */
  private record Level(int start, String numFmt, String lvlText, Integer restart, boolean legal,
                       String suffix) {}

  private final Map<String, Node> nums = new HashMap<>();
  private final Map<String, Node> abstracts = new HashMap<>();
  private final StyleSheet styles;
  private final Map<String, Counters> counters = new HashMap<>();

  private static final class Counters {
    final int[] value = new int[LEVELS];
    final boolean[] used = new boolean[LEVELS];
  }

  /** A rendered label and the separator Word puts between it and the text. */
  public record Label(String text, String suffix) {}

  /** @param numbering the document's numbering part, or null when it has none */
  public NumberingRenderer(XWPFNumbering numbering, StyleSheet styles) {
    this.styles = styles;
    if (numbering != null) {
      for (XWPFNum n : numbering.getNums()) {
        Node node = n.getCTNum().getDomNode();
        String id = WordXml.attr(node, "numId");
        if (id != null) {
          nums.put(id, node);
        }
      }
      for (XWPFAbstractNum a : numbering.getAbstractNums()) {
        Node node = a.getCTAbstractNum().getDomNode();
        String id = WordXml.attr(node, "abstractNumId");
        if (id != null) {
          abstracts.put(id, node);
        }
      }
    }
  }

  /**
   * Advances the counter of {@code (numId, ilvl)} and returns its label; null when the numbering
   * instance does not exist (numId 0 switches numbering off) or the level is undefined.
   */
  public Label next(String numId, int ilvl, String paragraphStyle) {
    Node num = numId == null ? null : nums.get(numId);
    if (num == null) {
      return null;
    }
    String abstractId = WordXml.val(WordXml.child(num, "abstractNumId"));
    Node abs = resolveAbstract(abstractId);
    if (abs == null) {
      return null;
    }
    int level = ilvl;
    if (level < 0 || level >= LEVELS) {
      level = levelForStyle(abs, paragraphStyle);
    }
    Level[] defs = new Level[LEVELS];
    boolean hasStartOverride = false;
    for (int i = 0; i < LEVELS; i++) {
      defs[i] = level(abs, num, i);
    }
    for (Node o : WordXml.children(num)) {
      if (WordXml.is(o, "lvlOverride") && WordXml.child(o, "startOverride") != null) {
        hasStartOverride = true;
      }
    }
    if (defs[level] == null) {
      return null;
    }
    String key = hasStartOverride ? "num:" + numId : "abstract:" + WordXml.attr(abs, "abstractNumId");
    Counters c = counters.computeIfAbsent(key, k -> new Counters());
    c.value[level] = c.used[level] ? c.value[level] + 1 : defs[level].start();
    c.used[level] = true;
    for (int k = level + 1; k < LEVELS; k++) {
      Integer restart = defs[k] == null ? null : defs[k].restart();
      if (restart == null || (restart != 0 && level < restart)) {
        c.used[k] = false;
      }
    }
    Level def = defs[level];
    if ("bullet".equals(def.numFmt())) {
      return new Label(bullet(def.lvlText()), def.suffix());
    }
    String template = def.lvlText() == null ? "" : def.lvlText();
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int ref = Integer.parseInt(m.group(1)) - 1;
      Level refDef = defs[ref];
      int value = c.used[ref] ? c.value[ref] : refDef == null ? 1 : refDef.start();
      String fmt = def.legal() ? "decimal" : refDef == null ? "decimal" : refDef.numFmt();
      m.appendReplacement(sb, Matcher.quoteReplacement(ListNumberFormat.format(value, fmt)));
    }
    m.appendTail(sb);
    return new Label(sb.toString(), def.suffix());
  }

  private Node resolveAbstract(String abstractId) {
    Set<String> seen = new HashSet<>();
    Node abs = abstractId == null ? null : abstracts.get(abstractId);
    while (abs != null && seen.add(WordXml.attr(abs, "abstractNumId"))) {
      String link = WordXml.val(WordXml.child(abs, "numStyleLink"));
      if (link == null) {
        return abs;
      }
      String linkedNum = styles.numId(link);
      Node num = linkedNum == null ? null : nums.get(linkedNum);
      Node target = num == null ? null : abstracts.get(WordXml.val(WordXml.child(num, "abstractNumId")));
      if (target == null) {
        return abs;
      }
      abs = target;
    }
    return abs;
  }

  private static int levelForStyle(Node abs, String paragraphStyle) {
    if (paragraphStyle != null) {
      for (Node lvl : WordXml.children(abs)) {
        if (WordXml.is(lvl, "lvl") && paragraphStyle.equals(WordXml.val(WordXml.child(lvl, "pStyle")))) {
          Integer i = WordXml.intAttr(lvl, "ilvl");
          if (i != null && i >= 0 && i < LEVELS) {
            return i;
          }
        }
      }
    }
    return 0;
  }

  private static Level level(Node abs, Node num, int ilvl) {
    Node lvl = null;
    Integer startOverride = null;
    for (Node o : WordXml.children(num)) {
      if (WordXml.is(o, "lvlOverride") && Integer.valueOf(ilvl).equals(WordXml.intAttr(o, "ilvl"))) {
        startOverride = WordXml.intVal(WordXml.child(o, "startOverride"));
        lvl = WordXml.child(o, "lvl");
      }
    }
    if (lvl == null) {
      for (Node l : WordXml.children(abs)) {
        if (WordXml.is(l, "lvl") && Integer.valueOf(ilvl).equals(WordXml.intAttr(l, "ilvl"))) {
          lvl = l;
          break;
        }
      }
    }
    if (lvl == null) {
      return null;
    }
    Integer start = WordXml.intVal(WordXml.child(lvl, "start"));
    if (startOverride != null) {
      start = startOverride;
    }
    Node restart = WordXml.child(lvl, "lvlRestart");
    String suffix = WordXml.val(WordXml.child(lvl, "suff"));
    return new Level(start == null ? 0 : start, WordXml.val(WordXml.child(lvl, "numFmt")),
        WordXml.val(WordXml.child(lvl, "lvlText")), restart == null ? null : WordXml.intVal(restart),
        WordXml.isOn(WordXml.child(lvl, "isLgl")), suffix == null ? "tab" : suffix);
  }

  private static String bullet(String text) {
    if (text == null || text.isEmpty()) {
      return "•";
    }
    StringBuilder sb = new StringBuilder();
    for (char ch : text.toCharArray()) {
      sb.append(ch >= '\uE000' && ch <= '\uF8FF' ? '•' : ch);
    }
    return sb.toString();
  }
}
