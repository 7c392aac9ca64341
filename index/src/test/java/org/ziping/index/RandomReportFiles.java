package org.ziping.index;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ziping.report.ReportJson;

/**
 * Small random indexes of extracted reports for comparing a search against a reference
 * computation: reports drawn from a few identities (unit, year, kind, title, declared score), so
 * that several files hold the same report (a group of several formats), whose files differ in
 * grade, findings and text (so their facet values and scores differ); a text of a few words from
 * a small vocabulary (many matches, many equal scores); one commit per file (many segments) and a
 * second run over changed files (deleted documents).
 */
final class RandomReportFiles {
  /** The words of the texts and of the queries. */
  static final List<String> WORDS = List.of("养老", "保险", "资金", "预算", "执行", "绩效", "目标",
      "项目", "支出", "管理", "服务", "社会", "基金", "完成", "指标", "满意度", "工伤", "失业", "稳岗",
      "培训", "就业", "补贴", "发放", "审核", "监督");
  private static final List<String> UNITS = List.of("湛江市社会保险基金管理局", "乐昌市人力资源和社会保障局",
      "长沙市财政局", "成都市医疗保障局", "正宁县社会保险局");
  private static final List<String> KINDS = List.of("department", "project", "special");
  private static final List<String> GRADES = List.of("优", "良", "中");
  private static final List<String> RULES = List.of("EXEC_RATE_OVER_100",
      "LOW_EXECUTION_HIGH_SCORE", "PART_SUM_MISMATCH", "SCORE_SUM_MISMATCH");
  private static final List<String> SEVERITIES = List.of("error", "warning", "info");
  private static final List<String> FORMATS = List.of("pdf", "docx", "html", "txt", "chromium.pdf");

  private RandomReportFiles() {}

  /**
   * Writes {@code files} random extracted documents under {@code work/in} (seeded by
   * {@code seed}), indexes them into {@code work/index} with a commit per file, then changes
   * about a fifth of them and indexes again. Returns the index folder.
   */
  static Path index(Path work, long seed, int files) throws IOException {
    Random random = new Random(seed);
    Path in = Files.createDirectories(work.resolve("in"));
    List<Map<String, Object>> identities = new ArrayList<>();
    for (int i = 0; i < Math.max(2, files / 3); i++) {
      Map<String, Object> id = new LinkedHashMap<>();
      String unit = pick(random, UNITS);
      int year = 2020 + random.nextInt(4);
      String kind = pick(random, KINDS);
      id.put("unit", unit);
      id.put("year", year);
      id.put("kind", kind);
      id.put("title", unit + year + "年度" + (kind.equals("project") ? "项目支出" : "部门整体支出")
          + "绩效自评报告");
      id.put("score", 90 + random.nextInt(3) * 4);
      identities.add(id);
    }
    List<Path> written = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      Path p = in.resolve(String.format("r%03d.%s.json", f, pick(random, FORMATS)));
      write(p, random, identities, f);
      written.add(p);
    }
    Path index = work.resolve("index");
    run(index, written);
    for (int f = 0; f < written.size(); f++) {
      if (random.nextInt(5) == 0) {
        write(written.get(f), random, identities, f);
      }
    }
    run(index, written);
    return index;
  }

  private static void run(Path index, List<Path> files) throws IOException {
    try (ReportIndexer ix = new ReportIndexer(index, Optional.empty(),
        new PrintWriter(new StringWriter()))) {
      ReportIndexer.Run r = ix.commitEvery(Duration.ZERO).mergeTail(false).index(files);
      if (r.failed() != 0) {
        throw new IllegalStateException("random index: " + r);
      }
    }
  }

  private static void write(Path p, Random random, List<Map<String, Object>> identities, int n)
      throws IOException {
    byte[] sha = new byte[32];
    random.nextBytes(sha);
    List<Map<String, Object>> reports = new ArrayList<>();
    for (int k = 0; k < 1 + (random.nextInt(4) == 0 ? 1 : 0); k++) {
      Map<String, Object> id = pick(random, identities);
      Map<String, Object> r = new LinkedHashMap<>(id);
      r.remove("score");
      Map<String, Object> score = new LinkedHashMap<>();
      score.put("declaredTotal", id.get("score"));
      score.put("maxTotal", 100);
      if (random.nextInt(4) != 0) {
        score.put("grade", pick(random, GRADES));
      }
      r.put("score", score);
      List<Map<String, Object>> findings = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        findings.add(Map.of("id", "f" + i, "rule", pick(random, RULES),
            "severity", pick(random, SEVERITIES), "message", pick(random, WORDS) + "不符"));
      }
      r.put("findings", findings);
      StringBuilder text = new StringBuilder();
      for (int i = 3 + random.nextInt(30); i > 0; i--) {
        text.append(pick(random, WORDS)).append(random.nextInt(6) == 0 ? "。" : "");
      }
      r.put("text", text.toString());
      reports.add(r);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schemaVersion", 1);
    doc.put("source", Map.of("file", "random/" + p.getFileName().toString()
        .replaceFirst("\\.json$", ""), "format", "txt", "sha256", HexFormat.of().formatHex(sha)));
    doc.put("reports", reports);
    doc.put("errors", List.of());
    Files.writeString(p, ReportJson.write(doc));
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
