package org.ziping.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses tesseract's TSV output ({@code tesseract IMAGE OUT tsv}): a header line, then one row per
 * page, block, paragraph, line and word with the columns level, page_num, block_num, par_num,
 * line_num, word_num, left, top, width, height, conf, text. Only word rows (level 5) with text and
 * a confidence of at least 0 are kept; table-border residue is dropped (vertical bars at either
 * end of a word, words that are only underscores). Each word's figures are mended
 * ({@link OcrDigits}: full-width digits, O/l look-alikes next to digits, 。 as a decimal point).
 */
final class TesseractTsv {
  private TesseractTsv() {}

  static List<OcrWord> parse(String tsv) {
    List<OcrWord> words = new ArrayList<>();
    for (String row : tsv.split("\r?\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !"5".equals(f[0])) {
        continue;
      }
      String text = f[11].strip().replaceAll("^[|¦]+|[|¦]+$", "");
      float conf;
      try {
        conf = Float.parseFloat(f[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (text.isEmpty() || conf < 0 || text.matches("_+")) {
        continue;
      }
      words.add(new OcrWord(OcrDigits.mend(text), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
          Integer.parseInt(f[8]), Integer.parseInt(f[9]), conf, f[2] + "." + f[3] + "." + f[4]));
    }
    return words;
  }
}
