package org.ziping.ingest.docx;

import java.util.Locale;

/**
 * Renders one list counter in a Word number format ({@code w:numFmt}, ECMA-376 ST_NumberFormat):
 * decimal and its zero-padded, full-width and enclosed forms (①, ⑴, ⒈), Roman numerals, letters,
 * Chinese counting (一、十一、二十、一百零一), Chinese legal (壹), digit-by-digit ideographs (一〇一),
 * the celestial stems (甲乙丙) and earthly branches (子丑寅).
 *
 * <p>Limits: formats not listed (Hebrew, Arabic, Thai, Korean, English words) fall back to decimal;
 * enclosed forms beyond the characters Unicode defines fall back to their plain form; numbers past
 * 99999 in Chinese counting are rendered digit by digit.
 */
public final class ListNumberFormat {
  private static final String DIGITS = "〇一二三四五六七八九";
  private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
  private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

  private ListNumberFormat() {}

  /** The counter {@code n} in format {@code numFmt}; "" for {@code none}. */
  public static String format(int n, String numFmt) {
    String f = numFmt == null ? "decimal" : numFmt;
    return switch (f) {
      case "none" -> "";
      case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
      case "upperRoman" -> roman(n);
      case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
      case "upperLetter" -> letters(n, 'A');
      case "lowerLetter" -> letters(n, 'a');
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
           "taiwaneseCountingThousand", "ideographLegalTraditional" -> chinese(n, DIGITS, "十百千", "万");
      case "chineseLegalSimplified" -> chinese(n, LEGAL_DIGITS, "拾佰仟", "万");
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
      case "ideographTraditional" -> n >= 1 && n <= STEMS.length()
          ? String.valueOf(STEMS.charAt(n - 1)) : Integer.toString(n);
      case "ideographZodiac" -> n >= 1 && n <= BRANCHES.length()
          ? String.valueOf(BRANCHES.charAt(n - 1)) : Integer.toString(n);
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> circled(n);
      case "decimalEnclosedParen" -> n >= 1 && n <= 20
          ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
      case "decimalEnclosedFullstop" -> n >= 1 && n <= 20
          ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
      case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(n);
      case "ordinal" -> n + ordinalSuffix(n);
      default -> Integer.toString(n);
    };
  }

  private static String roman(int n) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(symbols[i]);
        rest -= values[i];
      }
    }
    return sb.toString();
  }

  /** Word's letter lists: A..Z, then AA, BB, ... */
  private static String letters(int n, char base) {
    if (n <= 0) {
      return Integer.toString(n);
    }
    char c = (char) (base + (n - 1) % 26);
    return String.valueOf(c).repeat((n - 1) / 26 + 1);
  }

  /** Chinese counting: 十 for 10 to 19, 零 for skipped places (一百零一), up to 99999; 0 is digit 0. */
  private static String chinese(int n, String digits, String units, String tenThousand) {
    if (n < 0 || n > 99999) {
      return digitByDigit(n);
    }
    if (n == 0) {
      return String.valueOf(digits.charAt(0));
    }
    int[] place = {n / 10000, n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10};
    String[] unit = {tenThousand, String.valueOf(units.charAt(2)), String.valueOf(units.charAt(1)),
        String.valueOf(units.charAt(0)), ""};
    StringBuilder sb = new StringBuilder();
    boolean pendingZero = false;
    for (int i = 0; i < place.length; i++) {
      if (place[i] == 0) {
        pendingZero = sb.length() > 0;
        continue;
      }
      if (pendingZero) {
        sb.append('零');
        pendingZero = false;
      }
      boolean bareTen = i == 3 && place[i] == 1 && sb.length() == 0;
      if (!bareTen) {
        sb.append(digits.charAt(place[i]));
      }
      sb.append(unit[i]);
    }
    return sb.toString();
  }

  private static String digitByDigit(int n) {
    String s = Integer.toString(n);
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
    }
    return sb.toString();
  }

  private static String circled(int n) {
    if (n >= 1 && n <= 20) {
      return String.valueOf((char) (0x2460 + n - 1));
    }
    if (n >= 21 && n <= 35) {
      return String.valueOf((char) (0x3251 + n - 21));
    }
    if (n >= 36 && n <= 50) {
      return String.valueOf((char) (0x32B1 + n - 36));
    }
    return Integer.toString(n);
  }

  private static String fullWidth(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + 0xFF10) : c);
    }
    return sb.toString();
  }

  private static String ordinalSuffix(int n) {
    int mod100 = Math.abs(n) % 100;
    if (mod100 >= 11 && mod100 <= 13) {
      return "th";
    }
    return switch (Math.abs(n) % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}
