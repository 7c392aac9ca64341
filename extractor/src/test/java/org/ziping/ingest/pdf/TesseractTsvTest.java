package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TesseractTsvTest {
  private static final String HEAD =
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

  @Test
  void keepsWordRowsWithBoxesConfidencesAndLineKeys() {
    String tsv = HEAD
        + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
        + "4\t1\t2\t1\t3\t0\t494\t669\t400\t46\t-1\t\n"
        + "5\t1\t2\t1\t3\t1\t494\t669\t60\t46\t94.5\t其中\n"
        + "5\t1\t2\t1\t3\t2\t891\t674\t120\t40\t90.25\t453.39\n"
        + "5\t1\t3\t1\t1\t1\t100\t100\t30\t40\t-1\t\n";
    List<OcrWord> words = TesseractTsv.parse(tsv);
    assertEquals(List.of(new OcrWord("其中", 494, 669, 60, 46, 94.5f, "2.1.3"),
        new OcrWord("453.39", 891, 674, 120, 40, 90.25f, "2.1.3")), words);
  }

  @Test
  void dropsTableBorderResidue() {
    String tsv = HEAD
        + "5\t1\t1\t1\t1\t1\t10\t10\t5\t40\t60\t|\n"
        + "5\t1\t1\t1\t1\t2\t20\t10\t90\t40\t79\t|18577.58\n"
        + "5\t1\t1\t1\t1\t3\t200\t10\t90\t40\t70\t___\n"
        + "5\t1\t1\t1\t1\t4\t300\t10\t20\t40\t92\t-\n";
    assertEquals(List.of("18577.58", "-"),
        TesseractTsv.parse(tsv).stream().map(OcrWord::text).toList());
  }
}
