package org.ziping.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** OCR words' figures mended before parsing; labels left alone. */
class OcrDigitsTest {

  @Test
  void fullWidthDigitsAndSigns() {
    assertEquals("99.5", OcrDigits.mend("９９．５"));
    assertEquals("104.97%", OcrDigits.mend("１０４．９７％"));
    assertEquals("1,234.50", OcrDigits.mend("1，234.50"));
  }

  @Test
  void lookAlikesNextToDigits() {
    assertEquals("100", OcrDigits.mend("1O0"));
    assertEquals("100%", OcrDigits.mend("1OO%"));
    assertEquals("91.5", OcrDigits.mend("9l.5"));
    assertEquals("10分", OcrDigits.mend("l0分"));
    assertEquals("2020", OcrDigits.mend("2〇2〇"));
  }

  @Test
  void chineseFullStopBetweenDigitsIsADecimalPoint() {
    assertEquals("99.5", OcrDigits.mend("99。5"));
  }

  @Test
  void wordsThatAreNotNumbersKeepTheirLetters() {
    assertEquals("O", OcrDigits.mend("O"));
    assertEquals("Il类", OcrDigits.mend("Il类"));
    assertEquals("ISO9001", OcrDigits.mend("ISO9001"));
    assertEquals("预算执行率", OcrDigits.mend("预算执行率"));
    assertEquals("2023年", OcrDigits.mend("2023年"));
  }
}
