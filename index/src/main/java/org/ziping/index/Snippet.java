package org.ziping.index;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted excerpt: consecutive fragments of the report text, {@code hit} for the characters
 * the query matched. Whitespace runs are folded to one space; passages are separated by a
 * fragment "…". Renderers escape the text themselves.
 */
public record Snippet(List<Fragment> fragments) {
  public record Fragment(String text, boolean hit) {}

  /**
   * Builds a snippet a piece at a time, as the embedded index's formatter and the Solr search
   * read their highlighter's passages: whitespace runs folded to one space, empty pieces dropped,
   * a piece joined to the fragment before it when both are hits or both are not.
   */
  public static final class Builder {
    private final List<Fragment> fragments = new ArrayList<>();

    public Builder add(String text, boolean hit) {
      String t = text.replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        return this;
      }
      if (!fragments.isEmpty() && fragments.get(fragments.size() - 1).hit() == hit) {
        Fragment last = fragments.remove(fragments.size() - 1);
        fragments.add(new Fragment(last.text() + t, hit));
      } else {
        fragments.add(new Fragment(t, hit));
      }
      return this;
    }

    public boolean isEmpty() {
      return fragments.isEmpty();
    }

    public Snippet build() {
      return new Snippet(List.copyOf(fragments));
    }
  }

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
