/**
 * The standard tables of budget and final-accounts disclosures (部门预算/决算公开, the format used
 * since 2015: 收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算（财政拨款）支出表,
 * 基本支出表, 政府性基金 and 国有资本经营 tables, “三公”经费表), read as typed tables: which table
 * ({@link org.ziping.parse.disclosure.DisclosureTableType}, from the caption), what each column holds
 * ({@link org.ziping.parse.disclosure.DisclosureColumnRole}, from the header, with the header group a
 * total column sums), what each row is (a 类/款/项 code, a 合计/总计 row, a named row).
 *
 * <p>Data source: the table blocks of the document model, whatever the format (ruled PDF tables,
 * workbook sheets, tab-separated text) and the text lines above them (caption, 单位). The result,
 * {@link org.ziping.report.DisclosureTable}, goes into the report JSON ({@code disclosureTables}) and
 * is what the DISCLOSURE_* audit rules read.
 *
 * <p>Limits: a table is only recognised by a caption in the text; the header roles come from a fixed
 * word list, so a header worded otherwise gets role {@code other} and takes part in no standard sum.
 */
package org.ziping.parse.disclosure;
