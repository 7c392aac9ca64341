package org.ziping.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseSentenceBreakIteratorTest {
  @Test
  void boundariesForwardBackwardAndAround() {
    BreakIterator b = new ChineseSentenceBreakIterator();
    String s = "预算执行率100%。取暖费\n稳岗返还；完";
    b.setText(s);
    List<Integer> forward = new ArrayList<>();
    forward.add(b.first());
    for (int i = b.next(); i != BreakIterator.DONE; i = b.next()) {
      forward.add(i);
    }
    assertEquals(List.of(0, 10, 14, 19, 20), forward);
    List<Integer> backward = new ArrayList<>();
    backward.add(b.last());
    for (int i = b.previous(); i != BreakIterator.DONE; i = b.previous()) {
      backward.add(i);
    }
    assertEquals(List.of(20, 19, 14, 10, 0), backward);
    assertEquals(14, b.following(10));
    assertEquals(10, b.preceding(11));
    assertEquals(10, b.preceding(14));
    assertEquals(BreakIterator.DONE, b.following(20));
    assertEquals(BreakIterator.DONE, b.preceding(0));
  }
}
