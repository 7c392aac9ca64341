package org.ziping.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TextNormalizer;

/**
 * Web-page furniture at the top and bottom of a document: what a government website puts around a
 * published report, which a saved page, Tika's HTML text or a copied page carries as plain lines.
 *
 * <p>Recognised, one line (block) at a time:
 * <ul>
 *   <li>breadcrumbs: {@code 首页 > 信息公开 > 通知公告}, {@code 当前位置：…}, {@code 您的位置：…}
 *       (separators {@code > >> » › ＞ →}, or {@code /} after 首页);</li>
 *   <li>metadata fields: lines that start with a label such as {@code 标题:}, {@code 索引号:},
 *       {@code 发文机构:}, {@code 发布机构:}, {@code 成文日期:}, {@code 发布时间:}, {@code 来源:},
 *       {@code 主题分类:}, {@code 文号:}, {@code 时效性:}, possibly several on one line and after a
 *       list bullet ({@code - 索引号: …}); a small table whose cells are such labels followed by
 *       their values (what an HTML metadata table becomes);</li>
 *   <li>page tools: {@code 【打印】【关闭】}, {@code 打印本页}, {@code 关闭窗口}, {@code 分享到},
 *       {@code 【字体：大 中 小】}, {@code 字号}, {@code 扫一扫}, {@code 上一篇/下一篇};</li>
 *   <li>footers: {@code 主办单位：}, {@code 承办单位}, {@code 网站标识码}, {@code ICP备},
 *       {@code 公网安备}, {@code 版权所有}, {@code Copyright}, {@code 技术支持}, {@code 网站地图}.</li>
 * </ul>
 *
 * <p>Only the head and the tail of a document are searched. The head runs from the first block to
 * the last furniture line that comes before any prose paragraph (a long line or a sentence); short
 * lines in between (the title, a site name, menu entries) are allowed. Furniture lines of the head
 * are excluded, and so are the short lines before the first of them (site name, navigation menu)
 * unless they name a report or a disclosure. Weak labels ({@code 日期}, {@code 时间}, {@code 来源},
 * {@code 作者}) count only when the head also has a strong furniture line (a breadcrumb, a
 * publishing field, a page tool), so that a report's own "日期：2024年9月" is left alone. The tail
 * is the run of furniture and short lines at the end that starts with a tool or footer line; the
 * short lines before it (a signature and its date) stay in the body.
 *
 * <p>The fields read from the metadata lines feed the report metadata: {@link Field#TITLE} the
 * title, {@link Field#PUBLISHER} (发文机构 / 发布机构) a unit candidate, {@link Field#WRITTEN_DATE}
 * (成文日期) and {@link Field#PUBLISHED_DATE} the report date when the body states none.
 *
 * <p>An ingester that knows the furniture from the page structure (an HTML ingester reading the
 * metadata table of a page) hands it over the same way: it emits the block as {@code 标签：值}
 * lines (or a table of label and value cells) before the body, and this class recognises it.
 *
 * <p>Limits: furniture in the middle of the body (a banner between two paragraphs) is not looked
 * for; a site whose labels are not in the lists above is not recognised (its lines stay in the body
 * and are parsed as prose, which at worst adds a date or a name to vote on).
 */
public final class PageFurniture {

  /** The metadata fields a page's furniture states. */
  public enum Field {
    /** 标题 / 信息名称. */
    TITLE,
    /** 发文机构 / 发布机构 / 发文单位: the publishing organisation. */
    PUBLISHER,
    /** 来源 / 信息来源: usually the publishing organisation too. */
    SOURCE,
    /** 成文日期 / 发文日期: the date the document was signed. */
    WRITTEN_DATE,
    /** 发布日期 / 发布时间 / 日期: when the page went online. */
    PUBLISHED_DATE,
    /** 索引号. */
    INDEX_NUMBER,
    /** 文号 / 发文字号. */
    DOCUMENT_NUMBER
  }

  /** One field value and where it stands in the document text. */
  public record FieldValue(Field field, String value, int start, int end) {}

  /** The furniture of one document: the blocks it occupies and the fields it states. */
  public record Result(Set<Integer> blocks, List<FieldValue> fields) {
    public Result {
      blocks = Set.copyOf(blocks);
      fields = List.copyOf(fields);
    }

    public static Result none() {
      return new Result(Set.of(), List.of());
    }

    /** The first value of a field, or null. */
    public FieldValue first(Field f) {
      return fields.stream().filter(v -> v.field() == f).findFirst().orElse(null);
    }

    /** The first value of a field as text, or null. */
    public String value(Field f) {
      FieldValue v = first(f);
      return v == null ? null : v.value();
    }
  }

  /** Strong labels: a line starting with one is furniture on its own. */
  private static final Map<String, Field> STRONG_LABELS = Map.ofEntries(
      Map.entry("标题", Field.TITLE), Map.entry("信息名称", Field.TITLE),
      Map.entry("文件名称", Field.TITLE), Map.entry("文章标题", Field.TITLE),
      Map.entry("索引号", Field.INDEX_NUMBER), Map.entry("监督索引号", Field.INDEX_NUMBER),
      Map.entry("信息索引号", Field.INDEX_NUMBER),
      Map.entry("发文机构", Field.PUBLISHER), Map.entry("发布机构", Field.PUBLISHER),
      Map.entry("发文单位", Field.PUBLISHER), Map.entry("发布单位", Field.PUBLISHER),
      Map.entry("公开主体", Field.PUBLISHER), Map.entry("信息发布机构", Field.PUBLISHER),
      Map.entry("成文日期", Field.WRITTEN_DATE), Map.entry("发文日期", Field.WRITTEN_DATE),
      Map.entry("印发日期", Field.WRITTEN_DATE),
      Map.entry("发布日期", Field.PUBLISHED_DATE), Map.entry("发布时间", Field.PUBLISHED_DATE),
      Map.entry("公开日期", Field.PUBLISHED_DATE), Map.entry("公开时间", Field.PUBLISHED_DATE),
      Map.entry("生成日期", Field.PUBLISHED_DATE), Map.entry("更新时间", Field.PUBLISHED_DATE),
      Map.entry("信息来源", Field.SOURCE), Map.entry("文章来源", Field.SOURCE),
      Map.entry("发文字号", Field.DOCUMENT_NUMBER), Map.entry("文号", Field.DOCUMENT_NUMBER));

  /** Strong labels that state no field the metadata uses. */
  private static final Set<String> STRONG_PLAIN = Set.of("主题分类", "主题词", "体裁分类", "组配分类",
      "服务对象分类", "时效性", "有效性", "公开方式", "公开范围", "公开形式", "公开时限", "浏览次数", "访问次数",
      "点击数", "点击量", "阅读次数", "浏览量", "阅读量", "责任编辑", "所属机构", "所属主题", "分享到");

  /** Weak labels: furniture only in a head that has strong furniture too. */
  private static final Map<String, Field> WEAK_LABELS = Map.of(
      "日期", Field.PUBLISHED_DATE, "时间", Field.PUBLISHED_DATE, "来源", Field.SOURCE);
  private static final Set<String> WEAK_PLAIN = Set.of("作者", "编辑", "字号", "字体", "分类", "关键词",
      "分享");

  private static final Pattern LABEL;

  static {
    List<String> all = new ArrayList<>();
    all.addAll(STRONG_LABELS.keySet());
    all.addAll(STRONG_PLAIN);
    all.addAll(WEAK_LABELS.keySet());
    all.addAll(WEAK_PLAIN);
    all.sort((a, b) -> b.length() - a.length());
    LABEL = Pattern.compile("(?:^|(?<=[\\s|｜]))(" + String.join("|", all) + ")\\s*[:：]");
  }

  private static final Pattern BULLET = Pattern.compile("^[-·•*●◆■]\\s*");
  private static final Pattern LOCATION_LINE = Pattern.compile(
      "^(?:当前位置|您的位置|您当前的位置|您现在的位置|当前所在位置|您所在的位置|所在位置)\\s*[:：]?");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>>|>|»|›|＞|→|＞＞)\\s*");
  private static final Pattern CRUMB_HOME = Pattern.compile("^(?:网站首页|首页|主页|返回首页)\\s*(?:>>|>|»|›|＞|→|/)");
  private static final Pattern TOOL = Pattern.compile(
      "打印本页|打印|关闭窗口|关闭本页|关闭|分享到|分享|收藏本页|收藏|加入收藏|字号|字体|扫一扫|返回顶部|上一篇|下一篇"
          + "|在手机上打开|手机版|视力保护色|默认|大\\s*中\\s*小|[【】\\[\\]（）():：|｜/]|微信|微博|QQ空间");
  private static final Pattern STRONG_TOOL = Pattern.compile(
      "打印|关闭|分享|收藏|字号|字体|扫一扫|返回顶部|上一篇|下一篇");
  private static final Pattern DATE_TIME = Pattern.compile(
      "20\\d{2}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");
  private static final Pattern FOOTER = Pattern.compile(
      "主办单位|承办单位|主办[:：]|承办[:：]|网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|copyright|©|技术支持[:：]"
          + "|网站地图|联系我们|政府网站找错|无障碍浏览|适老化|建议使用.{0,20}浏览器|分辨率");
  private static final Pattern SENTENCE = Pattern.compile("[。；;]");
  /** An index number without its colon: "监督索引号53092500531601000". */
  private static final Pattern BARE_INDEX = Pattern.compile(
      "(?:监督|信息)?索引号\\s*[0-9A-Za-z][0-9A-Za-z/_-]{5,}");

  private PageFurniture() {}

  /** The furniture of a document; {@link Result#none()} when it has none. */
  public static Result find(DocumentModel doc) {
    List<Block> blocks = doc.blocks();
    Set<Integer> found = new LinkedHashSet<>();
    List<FieldValue> fields = new ArrayList<>();
    head(doc, blocks, found, fields);
    tail(blocks, found);
    statedByTheIngester(doc, fields);
    return found.isEmpty() && fields.isEmpty() ? Result.none() : new Result(found, fields);
  }

  /**
   * The fields an ingester read from the page's own metadata block (HTML: {@link
   * DocumentModel#pageMetadata()}), after those the text states. The ingester took the block out
   * of the text, so these values stand nowhere in it: their offsets are 0–0.
   */
  private static void statedByTheIngester(DocumentModel doc, List<FieldValue> fields) {
    doc.pageMetadata().forEach((pageField, value) -> {
      Field f = switch (pageField) {
        case TITLE -> Field.TITLE;
        case ISSUER -> Field.PUBLISHER;
        case SOURCE -> Field.SOURCE;
        case WRITTEN_DATE -> Field.WRITTEN_DATE;
        case PUBLISHED -> Field.PUBLISHED_DATE;
        case INDEX_NUMBER -> Field.INDEX_NUMBER;
        case DOCUMENT_NUMBER -> Field.DOCUMENT_NUMBER;
        case SUBJECT -> null;
      };
      if (f != null && value != null && !value.isBlank()) {
        fields.add(new FieldValue(f, value.strip(), 0, 0));
      }
    });
  }

  private static void head(DocumentModel doc, List<Block> blocks, Set<Integer> found,
                           List<FieldValue> fields) {
    int limit = Math.min(blocks.size(), 80);
    List<Integer> strong = new ArrayList<>();
    List<Integer> weak = new ArrayList<>();
    int i = 0;
    for (; i < limit; i++) {
      Block b = blocks.get(i);
      if (b.type() == BlockType.TABLE) {
        if (labelTable(b)) {
          strong.add(i);
          continue;
        }
        break;
      }
      String s = line(b);
      Kind k = classify(s);
      if (k == Kind.STRONG) {
        strong.add(i);
      } else if (k == Kind.WEAK) {
        weak.add(i);
      } else if (prose(s)) {
        break;
      }
    }
    if (strong.isEmpty()) {
      return;
    }
    List<Integer> head = new ArrayList<>(strong);
    head.addAll(weak);
    head.sort(Integer::compare);
    int first = head.get(0);
    for (int j = 0; j < first; j++) {
      Block b = blocks.get(j);
      if (b.type() != BlockType.TABLE && !namesADocument(line(b))) {
        found.add(j);
      }
    }
    for (int j : head) {
      found.add(j);
      readFields(doc, blocks.get(j), fields);
    }
  }

  private static void tail(List<Block> blocks, Set<Integer> found) {
    int tailStart = -1;
    for (int i = blocks.size() - 1; i >= 0 && i >= blocks.size() - 40; i--) {
      Block b = blocks.get(i);
      if (b.type() == BlockType.TABLE) {
        break;
      }
      String s = line(b);
      if (tailLine(s)) {
        tailStart = i;
      } else if (prose(s)) {
        break;
      }
    }
    if (tailStart < 0) {
      return;
    }
    for (int i = tailStart; i < blocks.size(); i++) {
      found.add(i);
    }
  }

  private enum Kind { STRONG, WEAK, NONE }

  private static String line(Block b) {
    return BULLET.matcher(TextNormalizer.normalize(b.text()).strip()).replaceFirst("");
  }

  private static Kind classify(String s) {
    if (s.isEmpty() || s.length() > 200) {
      return Kind.NONE;
    }
    if (breadcrumb(s) || toolLine(s) || FOOTER.matcher(s).find() && s.length() <= 150
        || BARE_INDEX.matcher(s).matches()) {
      return Kind.STRONG;
    }
    Matcher m = LABEL.matcher(s);
    if (m.find() && m.start() == 0) {
      String label = m.group(1);
      if (STRONG_LABELS.containsKey(label) || STRONG_PLAIN.contains(label)) {
        return Kind.STRONG;
      }
      int pairs = 1;
      while (m.find()) {
        pairs++;
      }
      return pairs >= 2 && !SENTENCE.matcher(s).find() ? Kind.STRONG : Kind.WEAK;
    }
    return Kind.NONE;
  }

  private static boolean tailLine(String s) {
    return !s.isEmpty() && s.length() <= 150 && (toolLine(s) || FOOTER.matcher(s).find());
  }

  static boolean breadcrumb(String s) {
    if (s.length() > 120 || SENTENCE.matcher(s).find()) {
      return false;
    }
    if (LOCATION_LINE.matcher(s).find() || CRUMB_HOME.matcher(s).find()) {
      return true;
    }
    String[] parts = CRUMB_SEPARATOR.split(s);
    if (parts.length < 3) {
      return false;
    }
    for (String p : parts) {
      if (p.isBlank() || p.strip().length() > 16) {
        return false;
      }
    }
    return true;
  }

  /** A line of page tools, possibly with the publishing date and source beside them. */
  static boolean toolLine(String s) {
    if (s.length() > 80 || SENTENCE.matcher(s).find() || s.contains("，")
        || !STRONG_TOOL.matcher(s).find()) {
      return false;
    }
    String rest = TOOL.matcher(DATE_TIME.matcher(s).replaceAll("")).replaceAll("")
        .replaceAll("\\s+", "");
    if (rest.isEmpty()) {
      return true;
    }
    int tools = 0;
    Matcher m = STRONG_TOOL.matcher(s);
    while (m.find()) {
      tools++;
    }
    boolean bracketed = s.contains("【") || s.contains("[");
    return rest.length() <= 12 && (tools >= 2 || bracketed);
  }

  /** A long line or a sentence: the body has begun. */
  private static boolean prose(String s) {
    return s.length() > 60 || s.length() > 20 && SENTENCE.matcher(s).find();
  }

  /** A line naming the document (its title), kept in the body even before the furniture. */
  private static boolean namesADocument(String s) {
    String t = s.replaceAll("\\s+", "");
    return t.contains("报告") || t.contains("自评") || t.contains("评价") || KindCues.disclosureCue(t) != null;
  }

  /** A small table whose label cells are furniture labels (an HTML metadata table). */
  private static boolean labelTable(Block b) {
    if (b.table().rows() > 8) {
      return false;
    }
    int labels = 0;
    for (Cell c : b.table().cells()) {
      String t = cellLabel(c);
      if (STRONG_LABELS.containsKey(t) || STRONG_PLAIN.contains(t)) {
        labels++;
      }
    }
    return labels >= 2;
  }

  private static String cellLabel(Cell c) {
    return TextNormalizer.normalize(c.text()).replaceAll("[\\s:：]+", "");
  }

  private static void readFields(DocumentModel doc, Block b, List<FieldValue> fields) {
    if (b.type() == BlockType.TABLE) {
      for (Cell c : b.table().cells()) {
        Field f = field(cellLabel(c));
        if (f == null) {
          continue;
        }
        for (Cell n : b.table().row(c.row())) {
          if (n.col() > c.col()) {
            String v = n.text().strip();
            if (!v.isEmpty() && field(cellLabel(n)) == null) {
              int at = n.start() + n.text().indexOf(v);
              fields.add(new FieldValue(f, v, at, at + v.length()));
            }
            break;
          }
        }
      }
      return;
    }
    String s = TextNormalizer.normalize(doc.text().substring(b.start(), b.end()));
    Matcher m = LABEL.matcher(s);
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      labels.add(m.group(1));
    }
    for (int k = 0; k < spans.size(); k++) {
      Field f = field(labels.get(k));
      if (f == null) {
        continue;
      }
      int from = spans.get(k)[1];
      int to = k + 1 < spans.size() ? spans.get(k + 1)[0] : s.length();
      String raw = s.substring(from, to);
      int tools = firstIndexOf(raw, "【[|｜");
      if (tools >= 0) {
        raw = raw.substring(0, tools);
      }
      String v = raw.strip();
      if (v.isEmpty()) {
        continue;
      }
      int at = b.start() + from + raw.indexOf(v);
      fields.add(new FieldValue(f, doc.text().substring(at, at + v.length()), at, at + v.length()));
    }
  }

  private static int firstIndexOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Field field(String label) {
    Field f = STRONG_LABELS.get(label);
    return f != null ? f : WEAK_LABELS.get(label);
  }
}
