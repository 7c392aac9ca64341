/**
 * The HTML ingester: web pages ({@code .html}, {@code .htm}, XHTML) and saved web archives
 * ({@code .mht}, {@code .mhtml}) into the document model.
 *
 * <p>Algorithm, one class per step: {@link org.ziping.ingest.html.MhtReader} takes the page out of
 * a MIME archive (mime4j); {@link org.ziping.ingest.html.HtmlDecoder} decodes the bytes (byte-order
 * mark, transport charset, meta tag, else the bytes; GB2312/GBK read as GB18030); jsoup parses the
 * page as a browser does; {@link org.ziping.ingest.html.StyleRules} applies the page's own
 * {@code <style>} rules for hidden, centred and bold; {@link org.ziping.ingest.html.PageMetadataReader}
 * reads the 索引号/发文机构/成文日期 block into {@link org.ziping.model.PageField}s and takes it out;
 * {@link org.ziping.ingest.html.ArticleLocator} finds the article by text weight outside links and
 * furniture ({@link org.ziping.ingest.html.Furniture}) and clears furniture out of it;
 * {@link org.ziping.ingest.html.HtmlBlockWalker} turns it into headings, paragraphs (one per
 * {@code <br>} line), list items and tables ({@link org.ziping.ingest.html.TableLayout}: the HTML
 * table model with row and column spans, nested tables kept in their cell).
 *
 * <p>Data source: the file's bytes only; nothing is fetched (no linked style sheets, frames,
 * images or attachments; the last two are reported as warnings).
 *
 * <p>Limits: text produced by scripts is not read; CSS is applied only from inline styles and the
 * page's own {@code <style>} elements, without specificity; the article heuristic can keep some
 * furniture text that is neither linked nor named as furniture, or lose an article's parts that
 * lie far apart with heavier text between them. See {@code docs/formats.md}, section HTML.
 */
package org.ziping.ingest.html;
