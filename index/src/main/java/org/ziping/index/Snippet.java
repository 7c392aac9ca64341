package org.ziping.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A highlighted excerpt: consecutive fragments of the report text, {@code hit} for the characters
 * the query matched. Whitespace runs are folded to one space; passages are separated by a
 * fragment "…". Renderers escape the text themselves.
 */
public record Snippet(List<Fragment> fragments) {
  public record Fragment(String text, boolean hit) {}

  /** The excerpt as plain text, without marks (for scripts reading {@code --json}). */
  @JsonProperty("text")
  public String text() {
    return render("", "");
  }

  /** Plain text with hits marked by {@code open} and {@code close}. */
  public String render(String open, String close) {
    StringBuilder sb = new StringBuilder();
    for (Fragment f : fragments) {
      sb.append(f.hit() ? open + f.text() + close : f.text());
    }
    return sb.toString();
  }
}
