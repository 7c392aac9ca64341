package org.ziping.ingest.text;

import org.ziping.ingest.IngestException;
import org.ziping.ingest.IngestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.model.Block;
import org.ziping.model.BlockType;
import org.ziping.model.DocumentModel;
import org.ziping.model.SourceInfo;

/** Decoding of plain text: byte-order marks, GB18030, line endings, binary refusal. */
class TextIngesterCharsetTest {
  private static final String REPORT = "# 一、基本情况\n本年度预算执行率为 98.5%，自评得分 95 分。\n";

  @TempDir
  Path dir;

  private final TextIngester ingester = new TextIngester();

  private DocumentModel read(byte[] bytes) throws Exception {
    Path f = dir.resolve("input.txt");
    Files.write(f, bytes);
    SourceInfo src = new SourceInfo(f.toString(), "txt", "text/plain", "0", null, null);
    DocumentModel doc = ingester.ingest(f, src, IngestConfig.defaults());
    TextIngesterCorpusTest.assertOffsets(doc);
    return doc;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static List<String> texts(DocumentModel doc) {
    return doc.blocks().stream().map(Block::text).toList();
  }

  private static void assertReport(DocumentModel doc, String charset) {
    assertEquals(charset, doc.source().metadata().get("charset"));
    assertEquals(List.of("一、基本情况", "本年度预算执行率为 98.5%，自评得分 95 分。"), texts(doc));
    assertEquals(BlockType.HEADING, doc.blocks().get(0).type());
    assertFalse(doc.text().contains("\uFEFF"), "the byte-order mark is not text");
  }

  @Test
  void utf8WithoutBom() throws Exception {
    assertReport(read(REPORT.getBytes(StandardCharsets.UTF_8)), "UTF-8");
  }

  @Test
  void utf8WithBom() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertReport(read(concat(bom, REPORT.getBytes(StandardCharsets.UTF_8))), "UTF-8");
  }

  @Test
  void gb18030() throws Exception {
    assertReport(read(REPORT.getBytes("GB18030")), "GB18030");
  }

  @Test
  void shortGbkTextIsReadAsGb18030() throws Exception {
    DocumentModel doc = read("资金到位".getBytes("GBK"));
    assertEquals("GB18030", doc.source().metadata().get("charset"));
    assertEquals(List.of("资金到位"), texts(doc));
  }

  @Test
  void big5GuessedByTheDetectorStaysBig5() throws Exception {
    String traditional = "一、基本情況\n本年度預算執行率為百分之九十八點五，績效自評得分為九十五分，"
        + "評價等級為優秀。資金管理規範，項目管理到位，政策執行有力。\n";
    DocumentModel doc = read(traditional.getBytes("Big5"));
    assertEquals("Big5", doc.source().metadata().get("charset"));
    assertEquals("一、基本情況", doc.blocks().get(0).text());
  }

  @Test
  void utf16LittleEndianWithBom() throws Exception {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    assertReport(read(concat(bom, REPORT.getBytes(StandardCharsets.UTF_16LE))), "UTF-16LE");
  }

  @Test
  void utf16BigEndianWithBom() throws Exception {
    byte[] bom = {(byte) 0xFE, (byte) 0xFF};
    assertReport(read(concat(bom, REPORT.getBytes(StandardCharsets.UTF_16BE))), "UTF-16BE");
  }

  @Test
  void crlfBecomesLf() throws Exception {
    DocumentModel doc = read("第一段\r\n\r\n第二段\r\n项目\t金额\r\n基本支出\t453.39\r\n"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("第一段", "第二段"), texts(doc).subList(0, 2));
    assertEquals(BlockType.TABLE, doc.blocks().get(2).type());
    assertEquals("453.39", doc.blocks().get(2).table().cellAt(1, 1).text());
    assertFalse(doc.text().contains("\r"));
  }

  @Test
  void loneCrBecomesLf() throws Exception {
    DocumentModel doc = read("第一段\r第二段\r\r第三段\r".getBytes(Charset.forName("GB18030")));
    assertEquals(List.of("第一段", "第二段", "第三段"), texts(doc));
    assertFalse(doc.text().contains("\r"));
  }

  @Test
  void randomBytesAreRefusedAsBinary() {
    byte[] junk = new byte[4096];
    new Random(42).nextBytes(junk);
    IngestException e = assertThrows(IngestException.class, () -> read(junk));
    assertTrue(e.getMessage().startsWith("binary content, not text"), e.getMessage());
  }

  @Test
  void bytesWithoutNulButHighBytesAreRefused() {
    byte[] junk = new byte[4096];
    Random r = new Random(7);
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + r.nextInt(0x80));
    }
    IngestException e = assertThrows(IngestException.class, () -> read(junk));
    assertTrue(e.getMessage().startsWith("binary content, not text"), e.getMessage());
  }

  @Test
  void controlCharactersAreRefused() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("数据").append((char) (1 + i % 8));
    }
    IngestException e = assertThrows(IngestException.class,
        () -> read(sb.toString().getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("control characters"), e.getMessage());
  }

  @Test
  void utf16WithoutBomIsReadInBothByteOrders() throws Exception {
    assertReport(read(REPORT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE");
    assertReport(read(REPORT.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE");
  }

  @Test
  void randomBytesAreNotTakenForUtf16() {
    byte[] noise = new byte[4096];
    new java.util.Random(3).nextBytes(noise);
    assertTrue(Utf16Sniffer.detect(noise, noise.length) == null);
    IngestException e = assertThrows(IngestException.class, () -> read(noise));
    assertTrue(e.getMessage().startsWith("binary content, not text"), e.getMessage());
  }
}
