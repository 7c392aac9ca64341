package org.ziping.ingest.tika;

import org.ziping.ingest.text.TextIngesterCorpusTest;
import org.ziping.ingest.DocumentReader;
import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import org.ziping.ingest.text.TextIngester;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.Cell;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;
import org.ziping.model.TableGrid;

/** The Tika fallback on hand-written HTML and RTF, unsupported and broken input. */
class TikaTextIngesterTest {
  private static Path fixture(String name) throws Exception {
    return Paths.get(TikaTextIngesterTest.class.getResource("/ingest/txt/" + name).toURI());
  }

  @TempDir
  Path dir;

  private final TikaTextIngester tika = new TikaTextIngester(new TextIngester());

  private DocumentModel read(Path p, IngestConfig config) throws Exception {
    DocumentModel doc = tika.ingest(p, new SourceInfo(p.toString(), "?", "?", "0", null, null),
        config);
    TextIngesterCorpusTest.assertOffsets(doc);
    return doc;
  }

  @Test
  void isTheFallbackForNoTypeInParticular() {
    assertTrue(tika.mediaTypes().isEmpty());
  }

  @Test
  void htmlParagraphsAndTable() throws Exception {
    DocumentModel doc = read(fixture("fallback-table.html"), IngestConfig.defaults());
    assertEquals("某县农业农村局2023年度项目支出绩效自评报告", doc.source().metadata().get("title"));
    assertEquals("某县农业农村局", doc.source().metadata().get("author"));
    assertEquals("UTF-8", doc.source().metadata().get("charset"));
    List<Block> b = doc.blocks();
    assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH,
        BlockType.TABLE, BlockType.PARAGRAPH), b.stream().map(Block::type).toList());
    assertEquals("本项目年初预算150.00万元，全年执行148.20万元。", b.get(2).text());
    TableGrid g = b.get(3).table();
    assertEquals(3, g.rows());
    assertEquals(4, g.cols());
    assertEquals(List.of("指标", "年度指标值", "实际完成值", "得分"),
        g.row(0).stream().map(Cell::text).toList());
    assertEquals(List.of("群众满意度", "≥90%", "93%", "10"),
        g.row(2).stream().map(Cell::text).toList());
    assertEquals("二、存在的问题", b.get(4).text());
    assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
  }

  @Test
  void rtfParagraphsAndMetadata() throws Exception {
    DocumentModel doc = read(fixture("fallback-paragraphs.rtf"), IngestConfig.defaults());
    assertEquals(List.of("一、基本情况", "年初预算 80.5 万元。", "自评得分 95 分。"),
        doc.blocks().stream().map(Block::text).toList());
    assertEquals("项目自评", doc.source().metadata().get("title"));
    assertEquals("财政局", doc.source().metadata().get("author"));
  }

  @Test
  void askingForOcrLeavesAWarning() throws Exception {
    IngestConfig ocr = IngestConfig.defaults().withOcr(OcrMode.ALWAYS);
    DocumentModel doc = read(fixture("fallback-paragraphs.rtf"), ocr);
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).contains("OCR"));
  }

  @Test
  void unknownBytesAreAnUnsupportedFormat() throws Exception {
    byte[] junk = new byte[4096];
    new Random(3).nextBytes(junk);
    Path f = dir.resolve("data.bin");
    Files.write(f, junk);
    IngestException e = assertThrows(IngestException.class, () -> read(f, IngestConfig.defaults()));
    assertEquals("unsupported format application/octet-stream", e.getMessage());
  }

  @Test
  void brokenWordFileGivesTikasReason() throws Exception {
    byte[] ole = new byte[2048];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    System.arraycopy(magic, 0, ole, 0, magic.length);
    Path f = dir.resolve("report.doc");
    Files.write(f, ole);
    IngestException e = assertThrows(IngestException.class, () -> read(f, IngestConfig.defaults()));
    assertTrue(e.getMessage().startsWith("cannot read doc: "), e.getMessage());
    assertFalse(e.getMessage().endsWith(": "), e.getMessage());
  }

  @Test
  void documentReaderFallsBackToTikaForHtml() throws Exception {
    TextIngester text = new TextIngester();
    DocumentReader reader = new DocumentReader(IngestConfig.defaults(), List.of(text),
        new TikaTextIngester(text));
    DocumentModel doc = reader.read(fixture("fallback-table.html"));
    assertEquals("html", doc.source().format());
    assertEquals(1, doc.blocks().stream().filter(b -> b.type() == BlockType.TABLE).count());
  }
}
