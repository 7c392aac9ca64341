package org.ziping.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Report-like text of any size for the linearity bench and the torture tests: a title, then
 * sentences with money figures, execution rates, scores, 其中 breakdowns and changes over last year,
 * each about one of a numbered batch of items (第N批…, four sentences a batch), varied by a seeded
 * random generator (the same seed gives the same text), in the wording of no
 * real report.
 */
public final class SyntheticText {
  private static final String[] SUBJECTS = {"基本支出", "项目支出", "专项资金", "业务经费", "培训经费",
      "设备购置", "运行维护", "人员经费", "公用经费", "信息化建设"};
  private static final String[] MEASURES = {"年初预算", "全年预算", "实际支出", "调整预算", "执行"};

  private SyntheticText() {}

  /** One sentence with figures. */
  public static String sentence(Random r) {
    return sentence(r, "");
  }

  /** One sentence with figures, its subject after {@code prefix}. */
  static String sentence(Random r, String prefix) {
    String s = prefix + SUBJECTS[r.nextInt(SUBJECTS.length)];
    return switch (r.nextInt(4)) {
      case 0 -> s + MEASURES[r.nextInt(MEASURES.length)] + (r.nextInt(90000) + 100) / 100.0
          + "万元，执行率" + (50 + r.nextInt(50)) + "." + r.nextInt(10) + r.nextInt(10) + "%。";
      case 1 -> "（" + (1 + r.nextInt(9)) + "）" + s + "管理（" + (1 + r.nextInt(10)) + "分）：自评"
          + r.nextInt(10) + "分。";
      case 2 -> "其中：" + s + (r.nextInt(5000) + 1) + "元，" + SUBJECTS[r.nextInt(SUBJECTS.length)]
          + (r.nextInt(5000) + 1) + "元。";
      default -> "本年度" + s + "比上年增长" + r.nextInt(30) + "%，完成" + (r.nextInt(200) + 1) + "个项目。";
    };
  }

  /** Writes about {@code bytes} UTF-8 bytes: one sentence per line, or all on one line. */
  public static Path write(Path file, long bytes, boolean oneLine, long seed) throws IOException {
    Random r = new Random(seed);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("某县农业农村局2023年度部门整体支出绩效自评报告" + (oneLine ? "" : "\n"));
      long n = 0;
      // a batch number in the subject: a quantity is stated a few times, as in a report, not
      // thousands of times with thousands of values
      for (int k = 0; n < bytes; k++) {
        String s = sentence(r, "第" + (k / 4 + 1) + "批") + (oneLine ? "" : "\n");
        w.write(s);
        n += s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return file;
  }
}
