package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One candidate for a report's {@code unit} or {@code year}: where it was found, the value it
 * gives, whether it won, and why it won or lost. A report lists every candidate the metadata parser
 * considered, in the order of trust it applies (see docs/output-contract.md, "unitEvidence").
 *
 * @param field    {@code unit} or {@code year}
 * @param source   where the candidate stands: {@code department-field} (预算主管部门 / 一级预算单位),
 *                 {@code field} (单位名称 / 填报单位 / 评价单位 … / 评价年度), {@code title},
 *                 {@code header} (the page's 标题 field, or an organisation line above the title),
 *                 {@code year-line} (a form's （2022年度） line), {@code opening} (the subject of
 *                 the body's first sentences, or their 20XX年度), {@code publisher} (发文机构 /
 *                 发布机构), {@code page-source} (来源), {@code signature} (the name above the date
 *                 at the end), {@code inherited} (the previous report of the file),
 *                 {@code title-area} (an administrative area the title names as the reporting
 *                 body), {@code declared} (20XX年申报预算), {@code body} (named most often)
 * @param value    the unit name or the year the candidate gives
 * @param text     the source text as written (a line, a field, a sentence cut short)
 * @param location where it stands in the extracted text, when it stands there
 * @param chosen   true for the candidate that became the report's value
 * @param reason   why it won, or why it lost (a rule, or the candidate that outranked it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnitEvidence(String field, String source, String value, String text,
                           Location location, boolean chosen, String reason) {}
