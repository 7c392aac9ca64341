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
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(BigDecimal declaredTotal, BigDecimal maxTotal, BigDecimal itemSum, String grade,
                    Location location, Location gradeLocation) {}
