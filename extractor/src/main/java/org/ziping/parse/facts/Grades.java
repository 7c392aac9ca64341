package org.ziping.parse.facts;

/**
 * Grade words of 评价等次/评价等级/绩效等级 mapped to the four bands 优, 良, 中, 差 (优秀 → 优,
 * 良好 → 良, 合格/一般 → 中, 不合格/较差 → 差). Quotes, spaces and a trailing 等/级 are ignored.
 */
public final class Grades {
  private Grades() {}

  /** The band of a grade as written, null when it is not a known grade word. */
  public static String band(String grade) {
    if (grade == null) {
      return null;
    }
    String g = grade.replaceAll("[\\s\"“”'‘’「」『』\\*]", "").replaceAll("[等级]+$", "");
    return switch (g) {
      case "优", "优秀" -> "优";
      case "良", "良好" -> "良";
      case "中", "合格", "一般", "中等" -> "中";
      case "差", "不合格", "较差" -> "差";
      default -> null;
    };
  }
}
