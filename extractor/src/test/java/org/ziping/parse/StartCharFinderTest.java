package org.ziping.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ziping.parse.figures.BreakdownFinder;
import org.ziping.parse.facts.LabelKey;
import org.ziping.parse.figures.FigureScanner;
import org.ziping.parse.scores.ProseScoreParser;
import org.ziping.parse.scores.TotalScoreParser;

/**
 * The contract of {@link StartCharFinder}: for every finder the parsers make, on random text built
 * from the pattern's own words, digits, letters, spaces and punctuation, the finder returns the
 * matches {@link Matcher#find()} returns (start, end and every group), over the whole text and
 * over random regions, with transparent bounds and (for patterns without lookbehind) opaque ones.
 */
class StartCharFinderTest {

  /** Loads the classes that make finders, so that {@link StartCharFinder#all()} holds them. */
  private static List<StartCharFinder> finders() throws ClassNotFoundException {
    for (Class<?> c : List.of(MetadataParser.class, KindCues.class, KindClassifier.class,
        ProseScoreParser.class, TotalScoreParser.class, FigureScanner.class,
        BreakdownFinder.class, LabelKey.class)) {
      Class.forName(c.getName(), true, c.getClassLoader());
    }
    return StartCharFinder.all();
  }

  @Test
  void everyFinderFindsWhatMatcherFindFinds() throws Exception {
    List<StartCharFinder> finders = finders();
    assertTrue(finders.size() >= 12, finders.size() + " finders");
    Random random = new Random(4242L);
    for (StartCharFinder f : finders) {
      List<String> words = words(f);
      List<String> tokens = tokens(f);
      int matched = 0;
      for (int round = 0; round < 10000; round++) {
        String text = text(words, tokens, random);
        int from = random.nextInt(text.length() + 1);
        int to = from + random.nextInt(text.length() - from + 1);
        if (round % 3 == 0) {
          from = 0;
          to = text.length();
        }
        List<String> expected = viaFind(f.pattern(), text, from, to, true);
        assertEquals(expected, viaFinder(f, text, from, to, true),
            f.pattern() + " on \"" + text + "\" [" + from + ", " + to + ")");
        if (!f.pattern().pattern().contains("(?<")) {
          assertEquals(viaFind(f.pattern(), text, from, to, false),
              viaFinder(f, text, from, to, false),
              f.pattern() + " opaque on \"" + text + "\" [" + from + ", " + to + ")");
        }
        assertEquals(f.pattern().matcher(text).replaceAll(""), f.remove(text), f.pattern() + " removed");
        matched += expected.isEmpty() ? 0 : 1;
      }
      assertTrue(matched > 10, f.pattern() + ": only " + matched + " texts matched");
    }
  }

  @Test
  void holdsAndFindAnswerOnPlainWords() {
    StartCharFinder f = StartCharFinder.of(Pattern.compile("(?<!合)计(\\d+)分"), "计");
    assertTrue(f.holds("总计5分"));
    assertFalse(f.holds("合计5分"));
    Matcher m = f.matcher("共计5分，合计6分，小计7分");
    assertTrue(f.find(m, "共计5分，合计6分，小计7分", 0));
    assertEquals("5", m.group(1));
    assertTrue(f.find(m, "共计5分，合计6分，小计7分", m.end()));
    assertEquals("7", m.group(1));
    assertFalse(f.find(m, "共计5分，合计6分，小计7分", m.end()));
  }

  private static List<String> viaFind(Pattern p, String text, int from, int to,
                                      boolean transparent) {
    Matcher m = p.matcher(text).useTransparentBounds(transparent);
    m.region(from, to);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> viaFinder(StartCharFinder f, String text, int from, int to,
                                        boolean transparent) {
    Matcher m = f.pattern().matcher(text).useTransparentBounds(transparent);
    List<String> out = new ArrayList<>();
    for (int at = from; f.find(m, text, at, to); at = m.end()) {
      out.add(describe(m));
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }

  /** Phrases of the genre that the parsers' patterns match, spliced into the random text. */
  private static final List<String> PHRASES = List.of("报告日期：2022年5月8日", "日 期: 2023 年 12 月",
      "预算编码：123456", "单位 代码:20301", "评价年度：2022", "2021年度申报预算", "自评得分95分", "自评为 8 分",
      "综合得分为92.5分", "合 计 8 分", "得分9分", "计5分", "评分：3分", "上海市XX局", "××县", "___",
      "以上合计", "本年共计", "不考核", "调整至", "分值调整", "自评等级为", "最终得分", "得分是7", "-12.5",
      "1,234.5", "第3", "调整后预算数", "年初预算", "实际支出数", "总分(100分)\t97.5", "合计(满分100分) 89\n", "总分(100分)\t100\t自评等级",
      "自评得97.5分", "绩效自评分为98.14分");

  /** The pattern's literal runs (its words, spaces dropped). */
  private static List<String> words(StartCharFinder f) {
    String src = f.pattern().pattern().replace("\\s*", "").replace("(?:", "(");
    Set<String> out = new LinkedHashSet<>();
    for (String run : src.split("[\\\\|()\\[\\]?*+{}^$.!<=:,0-9dsA-Za-z-]+")) {
      if (!run.isEmpty()) {
        out.add(run);
      }
    }
    out.addAll(List.of("2022", "85", "12.5", ":", "：", " "));
    out.addAll(PHRASES);
    return new ArrayList<>(out);
  }

  /** The characters of the pattern's words, its start characters, and general text pieces. */
  private static List<String> tokens(StartCharFinder f) {
    Set<String> out = new LinkedHashSet<>();
    for (String run : words(f)) {
      run.chars().forEach(c -> out.add(String.valueOf((char) c)));
    }
    f.startChars().chars().forEach(c -> out.add(String.valueOf((char) c)));
    out.addAll(List.of("0", "2", "5", "20", "2022", "12.5", "1,234", "-", ".", ",", ":", "%", " ", "：",
        "\n", "a", "X", "XX", "___", "(", ")", "，", "。", "的", "年", "分", "值", "合", "不", "扣"));
    return new ArrayList<>(out);
  }

  private static String text(List<String> words, List<String> tokens, Random random) {
    StringBuilder b = new StringBuilder();
    for (int n = 1 + random.nextInt(12); n > 0; n--) {
      List<String> from = !words.isEmpty() && random.nextBoolean() ? words : tokens;
      b.append(from.get(random.nextInt(from.size())));
    }
    return b.toString();
  }
}
