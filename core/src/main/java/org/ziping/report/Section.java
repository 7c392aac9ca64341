package org.ziping.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A heading and what it contains.
 *
 * @param level  nesting depth, 1 for the top level of the report
 * @param number the numbering as written without punctuation ("一", "（一）" gives "一", "1", "①"),
 *               null for unnumbered headings
 * @param style  the numbering style: {@code cn} 一、, {@code cn-paren} （一）, {@code arabic} 1.,
 *               {@code arabic-paren} （1）, {@code circled} ①, {@code heading} (an unnumbered heading the
 *               format marks: markdown {@code #}, a Word heading style, a PDF heading font),
 *               {@code plain} (a short unnumbered line read as a heading)
 * @param children the sections under this heading (never null, empty when none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(int level, String number, String style, String title, Location location,
                      List<Section> children) {
  public Section {
    children = children == null ? List.of() : List.copyOf(children);
  }
}
