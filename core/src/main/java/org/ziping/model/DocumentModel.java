package org.ziping.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest produces and every later stage reads: a document's extracted text and its blocks in
 * reading order.
 *
 * <p>The invariant every ingester keeps: {@code text.substring(b.start(), b.end())} equals
 * {@code b.text()} for every paragraph or heading block {@code b}, and
 * {@code text.substring(c.start(), c.end())} equals {@code c.text()} for every table cell {@code c}
 * (nested cells included). {@code text} is therefore the "extracted text" that all {@code location}
 * offsets of the report JSON point into. Blocks are separated by a newline in {@code text}; table
 * cells by a tab, table rows by a newline.
 *
 * <p>Full-width characters are kept as they are in {@code text}; {@link TextNormalizer} maps them
 * one to one (same length) for parsing, so offsets found in the normalised text are valid here.
 *
 * @param source   what was read: file, format, checksum, page count
 * @param text     the extracted text, the coordinate system of all offsets
 * @param blocks   headings, paragraphs and tables in reading order
 * @param warnings things the ingester noticed but could work around (never silent data loss)

 * @param pageMetadata the metadata block of a web page (索引号, 发文机构, 成文日期 ...), kept apart
 *                 from the text; empty for every other format
 * @param ocrPages pages read by OCR, with their word confidences; empty when none
 */
public record DocumentModel(SourceInfo source, String text, List<Block> blocks, List<String> warnings,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY)
                            Map<PageField, String> pageMetadata,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<OcrPage> ocrPages) {
  public DocumentModel {
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
    pageMetadata = pageMetadata == null || pageMetadata.isEmpty() ? Map.of()
        : Collections.unmodifiableMap(new EnumMap<>(pageMetadata));
    ocrPages = ocrPages == null ? List.of() : List.copyOf(ocrPages);
  }

  /** A model without page metadata and OCR pages. */
  public DocumentModel(SourceInfo source, String text, List<Block> blocks, List<String> warnings) {
    this(source, text, blocks, warnings, Map.of(), List.of());
  }

  /** A model with OCR pages (no page metadata: a PDF). */
  public DocumentModel(SourceInfo source, String text, List<Block> blocks, List<String> warnings,
                       List<OcrPage> ocrPages) {
    this(source, text, blocks, warnings, Map.of(), ocrPages);
  }

  /** This model with {@code fields} as its page metadata. */
  public DocumentModel withPageMetadata(Map<PageField, String> fields) {
    return new DocumentModel(source, text, blocks, warnings, fields, ocrPages);  }
}
