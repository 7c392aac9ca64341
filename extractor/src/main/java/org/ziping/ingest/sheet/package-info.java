/**
 * Workbooks (.xlsx/.xlsm/.xltx and .xls, WPS's .et) read with Apache POI's common
 * {@link org.apache.poi.ss.usermodel.Workbook} API (XSSF and HSSF) into the document model.
 *
 * <p>Algorithm: {@link org.ziping.ingest.sheet.WorkbookIngester} opens the workbook and walks its
 * sheets in order; {@code SheetReader} turns each sheet into a level-1 heading naming it, its title
 * rows (the leading rows holding one cell, while a later row holds two or more) as a level-2
 * heading and paragraphs, and the rest of its used area as one table grid, merged regions as spans;
 * {@code CellText} gives each cell's shown text (cached formula values, number formats applied as
 * Excel shows them, General numbers with all their digits). Hidden sheets, rows and columns are read
 * and marked on {@link org.ziping.model.SheetArea}, which every block carries with its sheet and
 * sheet cell, so that a finding's location names the sheet and cell ("C7").
 *
 * <p>Data source: the cells' stored values and styles; nothing is evaluated or recalculated.
 *
 * <p>Limits: .xlsb and .ods are not read here; several tables on one sheet give one grid;
 * pictures, charts, comments and text boxes are not read; a number format's colours and
 * conditions are applied only as far as POI's {@link org.apache.poi.ss.usermodel.DataFormatter}
 * supports them; Chinese-numeral date formats ({@code [DBNum1]}) are shown with digits.
 */
package org.ziping.ingest.sheet;
