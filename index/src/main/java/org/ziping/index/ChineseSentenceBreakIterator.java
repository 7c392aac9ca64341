package org.ziping.index;

import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * Sentence boundaries for snippets of report text: a boundary follows every line break and every
 * Chinese (or ASCII) sentence end: 。！？；!?; and also full-width and ASCII semicolons. Java's
 * own sentence instance does not break at line breaks or after 。 without a following space, which
 * gave passages of whole pages. Used inside Lucene's {@code LengthGoalBreakIterator}, which joins
 * short sentences up to the snippet length. Limit: a run of text without any of these characters
 * is one sentence, however long.
 */
final class ChineseSentenceBreakIterator extends BreakIterator {
  private CharacterIterator text;
  private int current;

  static boolean isEnd(char c) {
    return c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '；' || c == '!'
        || c == '?' || c == ';';
  }

  @Override
  public int first() {
    current = text.getBeginIndex();
    return current;
  }

  @Override
  public int last() {
    current = text.getEndIndex();
    return current;
  }

  @Override
  public int next(int n) {
    int r = current;
    for (int i = 0; i < n && r != DONE; i++) {
      r = next();
    }
    for (int i = 0; i > n && r != DONE; i--) {
      r = previous();
    }
    return r;
  }

  @Override
  public int next() {
    if (current >= text.getEndIndex()) {
      return DONE;
    }
    int i = current;
    while (i < text.getEndIndex()) {
      char c = text.setIndex(i);
      i++;
      if (isEnd(c)) {
        break;
      }
    }
    current = i;
    return current;
  }

  @Override
  public int previous() {
    if (current <= text.getBeginIndex()) {
      return DONE;
    }
    int i = current - 1;
    while (i > text.getBeginIndex() && !isEnd(text.setIndex(i - 1))) {
      i--;
    }
    current = i;
    return current;
  }

  @Override
  public int following(int offset) {
    moveTo(offset);
    return next(); // DONE at the end of the text
  }

  @Override
  public int preceding(int offset) {
    moveTo(offset);
    return previous(); // DONE at the start of the text
  }

  private void moveTo(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
    current = offset;
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    current = text.getBeginIndex();
  }
}
