package org.ziping.parse;

import java.util.List;
import java.util.Set;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.TextNormalizer;
import org.ziping.report.Location;

/**
 * The part of a document that one report covers (a file may hold several reports): blocks
 * {@code [firstBlock, endBlock)} of the model. Every parser of a report reads through this, and
 * makes its {@link Location}s here, so that offsets, pages and table coordinates are computed one
 * way.
 *
 * <p>{@link #normalized()} is the whole document text with full-width forms mapped one to one
 * ({@link TextNormalizer}): match on it, report offsets as they are.
 *
 * <p>Blocks excluded from parsing (web-page furniture, {@link PageFurniture}) are left out of
 * {@link #blocks()} and blanked (spaces, same length) in {@link #normalized()}, so that no parser
 * reads a section, figure or date from them while every offset stays valid.
 */
public final class ReportScope {
  private final DocumentModel doc;
  private final int firstBlock;
  private final int endBlock;
  private final String normalized;
  private final int[] tableIndex;
  private final Set<Integer> excluded;
  private final List<Block> blocks;

  public ReportScope(DocumentModel doc, int firstBlock, int endBlock) {
    this(doc, firstBlock, endBlock, TextNormalizer.normalize(doc.text()), Set.of());
  }

  private ReportScope(DocumentModel doc, int firstBlock, int endBlock, String normalized,
                      Set<Integer> excluded) {
    this.doc = doc;
    this.firstBlock = firstBlock;
    this.endBlock = endBlock;
    this.normalized = normalized;
    this.excluded = excluded;
    this.tableIndex = new int[doc.blocks().size()];
    int t = 0;
    for (Block b : doc.blocks()) {
      tableIndex[b.index()] = b.type() == BlockType.TABLE ? t++ : -1;
    }
    List<Block> range = doc.blocks().subList(firstBlock, endBlock);
    this.blocks = excluded.isEmpty() ? range
        : range.stream().filter(b -> !excluded.contains(b.index())).toList();
  }

  /** The whole document as one scope. */
  public static ReportScope whole(DocumentModel doc) {
    return new ReportScope(doc, 0, doc.blocks().size());
  }

  /** The whole document as one scope, without the {@code excluded} blocks (page furniture). */
  public static ReportScope whole(DocumentModel doc, Set<Integer> excluded) {
    if (excluded.isEmpty()) {
      return whole(doc);
    }
    char[] n = TextNormalizer.normalize(doc.text()).toCharArray();
    for (int i : excluded) {
      Block b = doc.blocks().get(i);
      for (int k = b.start(); k < b.end(); k++) {
        if (n[k] != '\n') {
          n[k] = ' ';
        }
      }
    }
    return new ReportScope(doc, 0, doc.blocks().size(), new String(n), Set.copyOf(excluded));
  }

  /** A sub-range of this scope's document, sharing the normalised text and the exclusions. */
  public ReportScope sub(int first, int end) {
    return new ReportScope(doc, first, end, normalized, excluded);
  }

  public DocumentModel doc() {
    return doc;
  }

  public int firstBlock() {
    return firstBlock;
  }

  public int endBlock() {
    return endBlock;
  }

  /** The blocks of the scope, excluded blocks left out. */
  public List<Block> blocks() {
    return blocks;
  }

  /** Non-table blocks (headings and paragraphs) of the scope. */
  public List<Block> textBlocks() {
    return blocks().stream().filter(b -> b.type() != BlockType.TABLE).toList();
  }

  public List<Block> tables() {
    return blocks().stream().filter(b -> b.type() == BlockType.TABLE).toList();
  }

  /** Normalised text of the whole document (same offsets as {@code doc().text()}). */
  public String normalized() {
    return normalized;
  }

  /** Normalised text of one block or cell range. */
  public String normalized(int start, int end) {
    return normalized.substring(start, end);
  }

  /** Original text between two document offsets. */
  public String text(int start, int end) {
    return doc.text().substring(start, end);
  }

  /** Start offset of the scope in the document text. */
  public int start() {
    return firstBlock < endBlock ? doc.blocks().get(firstBlock).start() : 0;
  }

  /** End offset of the scope in the document text. */
  public int end() {
    return firstBlock < endBlock ? doc.blocks().get(endBlock - 1).end() : 0;
  }

  /** Index of a table block among the document's tables (0-based), or -1. */
  public int tableNumber(Block table) {
    return tableIndex[table.index()];
  }

  /** Location of a stretch of text; the page is that of the block containing {@code start}. */
  public Location locate(int start, int end) {
    Block b = blockAt(start);
    Integer page = b == null ? null : b.page();
    if (b != null && b.table() != null) {
      for (Cell c : b.table().cells()) {
        if (start >= c.start() && start <= c.end()) {
          return new Location(start, end, c.page() != null ? c.page() : page, tableNumber(b),
              c.row(), c.col(), sheetName(b), cellRef(b, c.row(), c.col()), c.ocr());
        }
      }
    }
    return new Location(start, end, page, null, null, null, sheetName(b), cellRef(b, 0, 0),
        b == null ? null : b.ocr());
  }

  /** Location of a whole cell of a table block. */
  public Location locate(Block table, Cell cell) {
    return new Location(cell.start(), cell.end(), cell.page() != null ? cell.page() : table.page(),
        tableNumber(table), cell.row(), cell.col(), sheetName(table),
        cellRef(table, cell.row(), cell.col()), cell.ocr());
  }

  /** The sheet a spreadsheet block stands in, else null. */
  private static String sheetName(Block b) {
    return b == null || b.sheet() == null ? null : b.sheet().sheet();
  }

  /** The sheet cell ("C7") of a grid position of a spreadsheet block, else null. */
  private static String cellRef(Block b, int row, int col) {
    return b == null || b.sheet() == null ? null : b.sheet().cellRef(row, col);
  }

  /** The block whose text contains the offset (binary search), or null. */
  public Block blockAt(int offset) {
    List<Block> bs = doc.blocks();
    int lo = 0;
    int hi = bs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Block b = bs.get(mid);
      if (offset < b.start()) {
        hi = mid - 1;
      } else if (offset > b.end()) {
        lo = mid + 1;
      } else {
        return b;
      }
    }
    return null;
  }
}
