package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * The report's overall score.
 *
 * @param declaredTotal the total self-score the report states (综合得分, 自评得分, 合计, 总分)
 * @param maxTotal      the scale (normally 100)
 * @param itemSum       sum of the item scores (indicator table or prose items)
 * @param grade         评价等次 / 绩效等级 as written (优, 良, 中, 差, 优秀, 良好, 合格, 不合格)
 * @param band          the grade's band: 优, 良, 中 or 差 (优秀 → 优, 良好 → 良, 合格/一般 → 中, 不合格/较差 → 差),
 *                      null when the grade is not a known grade word
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(BigDecimal declaredTotal, BigDecimal maxTotal, BigDecimal itemSum, String grade,
                    Location location, Location gradeLocation, String band) {
  /** The same score with its grade band. */
  public Score withBand(String b) {
    return new Score(declaredTotal, maxTotal, itemSum, grade, location, gradeLocation, b);
  }
}
