package org.ziping.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ziping.pipeline.StandardExtraction;
import org.ziping.report.ExtractedDocument;

/**
 * A scaled corpus for the bench: N text reports made from the corpus's text reports, written once
 * to a cache folder ({@code DIR/reports-N/}, reused while its {@code .complete} marker is there).
 *
 * <p>Algorithm: report i takes seed i mod S and varies it: the place at the start of the unit's
 * name (正宁县 of 正宁县社会保险局) becomes another county-level place, wherever it stands; every
 * year 20xx moves by the same offset (−3…+1); every decimal figure not followed by % is multiplied
 * by a factor 0.80…1.20 at its own precision, so a report's parts still add up to its totals within
 * rounding. Limits: the structure and wording order are the seed's; the audit may find rounding
 * differences the seed does not have; only text files (the format cost of pdf/docx is measured
 * per format on the corpus itself).
 */
public final class ScaledCorpus {
  private static final String[] PLACES = {"合水县", "华池县", "庆城县", "环县", "镇原县", "西峰区",
      "乐昌市", "南雄市", "仁化县", "始兴县", "翁源县", "新丰县", "岳阳楼区", "君山区", "华容县",
      "湘阴县", "平江县", "汨罗市", "临湘市", "鹤城区", "中方县", "沅陵县", "辰溪县", "溆浦县",
      "赤坎区", "霞山区", "坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"};
  private static final Pattern PLACE = Pattern.compile("^(.{1,8}?(?:省|自治区|市|州|县|区|旗))");
  /** A year 20xx standing alone; group 1 is its last two digits. */
  public static final Pattern YEAR = Pattern.compile("(?<!\\d)20(\\d{2})(?!\\d)");
  /** A decimal figure not followed by %; group 1 is the figure. */
  public static final Pattern FIGURE = Pattern.compile("(?<![\\d.])(\\d+\\.\\d+)(?![\\d.]|\\s*%)");

  record Seed(String text, String place) {}

  private ScaledCorpus() {}

  /** The folder of {@code n} generated reports under {@code cache}, written on first use. */
  static List<Path> ensure(Path cache, int n, List<Path> corpusFiles) throws IOException {
    return GeneratedFolder.ensure(cache.resolve("reports-" + n), n, n, ScaledCorpus::name, dir -> {
      List<Seed> seeds = seeds(corpusFiles);
      if (seeds.isEmpty()) {
        throw new IOException("no .txt report among the inputs to generate reports from");
      }
      Files.createDirectories(dir);
      for (int i = 0; i < n; i++) {
        Files.writeString(dir.resolve(name(i)), vary(seeds.get(i % seeds.size()), i),
            StandardCharsets.UTF_8);
      }
    });
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "%07d.txt", i);
  }

  private static List<Seed> seeds(List<Path> corpusFiles) throws IOException {
    StandardExtraction extraction = new StandardExtraction();
    List<Seed> seeds = new ArrayList<>();
    for (Path f : corpusFiles) {
      if (!f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
        continue;
      }
      ExtractedDocument d = extraction.extract(f);
      String unit = d.reports().isEmpty() ? null : d.reports().get(0).unit();
      Matcher m = unit == null ? null : PLACE.matcher(unit);
      seeds.add(new Seed(Files.readString(f, StandardCharsets.UTF_8),
          m != null && m.find() ? m.group(1) : null));
    }
    return seeds;
  }

  /** Seed text with another place, shifted years and scaled figures; a function of i only. */
  static String vary(Seed seed, int i) {
    String t = seed.text();
    if (seed.place() != null) {
      t = t.replace(seed.place(), PLACES[i % PLACES.length]);
    }
    int shift = yearShift(i / PLACES.length);
    t = YEAR.matcher(t).replaceAll(m -> String.valueOf(2000 + Integer.parseInt(m.group(1)) + shift));
    BigDecimal factor = factor(i);
    return FIGURE.matcher(t).replaceAll(m -> scale(m.group(1), factor));
  }

  /** The year offset (−3…+1) of variant {@code k}. */
  public static int yearShift(int k) {
    return k % 5 - 3;
  }

  /** The figure factor (0.80…1.20) of report {@code i}. */
  public static BigDecimal factor(int i) {
    return BigDecimal.valueOf(80 + (i * 7) % 41, 2);
  }

  /** A decimal figure times {@code factor}, at the figure's own precision. */
  public static String scale(String figure, BigDecimal factor) {
    BigDecimal v = new BigDecimal(figure);
    return v.multiply(factor).setScale(v.scale(), RoundingMode.HALF_UP).toPlainString();
  }
}
