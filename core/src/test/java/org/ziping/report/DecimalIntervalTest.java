package org.ziping.report;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecimalIntervalTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void shownFigureStandsForHalfAUnitOfItsLastDigit() {
    assertEquals("[453.385, 453.395]", DecimalInterval.ofShown(d("453.39")).toString());
    assertEquals("[95.5, 96.5]", DecimalInterval.ofShown(d("96")).toString());
    assertEquals("[196.615, 196.625]", DecimalInterval.ofShown(d("196.62")).toString());
    assertEquals("[32.995, 33.005]", DecimalInterval.ofShown(d("33"), 2).toString());
    assertEquals("[5, 5]", DecimalInterval.exact(d("5")).toString());
  }

  @Test
  void arithmeticIsExactAndEnclosing() {
    DecimalInterval a = DecimalInterval.ofShown(d("34800.93"));
    DecimalInterval b = DecimalInterval.ofShown(d("16.09"));
    assertEquals(0, a.add(b).lo().compareTo(d("34817.01")));
    assertEquals(0, a.add(b).hi().compareTo(d("34817.03")));
    DecimalInterval diff = DecimalInterval.ofShown(d("10")).subtract(DecimalInterval.ofShown(d("3")));
    assertEquals("[6, 8]", diff.toString());
    DecimalInterval prod = DecimalInterval.exact(d("-2")).multiply(new DecimalInterval(d("1"), d("3")));
    assertEquals("[-6, -2]", prod.toString());
    DecimalInterval q = DecimalInterval.ofShown(d("891.47")).divide(DecimalInterval.ofShown(d("453.39"))).times100();
    assertTrue(q.contains(d("196.62")));
    assertTrue(q.lo().compareTo(d("196.61")) > 0 && q.hi().compareTo(d("196.63")) < 0);
    DecimalInterval third = DecimalInterval.exact(d("1")).divide(DecimalInterval.exact(d("3")));
    assertTrue(third.lo().compareTo(third.hi()) < 0, "1/3 is rounded outward");
    assertEquals("[0.3333, 0.3334]", third.toString());
  }

  @Test
  void divisionByAnIntervalAroundZeroIsRefused() {
    DecimalInterval zeroish = DecimalInterval.ofShown(d("0.0"));
    assertThrows(ArithmeticException.class, () -> DecimalInterval.exact(d("1")).divide(zeroish));
    DecimalInterval neg = DecimalInterval.exact(d("6")).divide(DecimalInterval.exact(d("-2")));
    assertEquals("[-3, -3]", neg.toString());
  }

  @Test
  void touchingIntervalsOverlapAndMissingOnesDoNot() {
    DecimalInterval a = new DecimalInterval(d("1"), d("2"));
    assertTrue(a.overlaps(new DecimalInterval(d("2"), d("3"))));
    assertFalse(a.overlaps(new DecimalInterval(d("2.0001"), d("3"))));
    assertEquals(0, a.distance(new DecimalInterval(d("2.5"), d("3"))).compareTo(d("0.5")));
    assertTrue(a.above(d("0.99")));
    assertFalse(a.above(d("1")));
    assertTrue(a.below(d("2.01")));
    assertThrows(IllegalArgumentException.class, () -> new DecimalInterval(d("2"), d("1")));
  }
}
