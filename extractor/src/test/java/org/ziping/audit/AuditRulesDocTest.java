package org.ziping.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ziping.report.DocumentKind;
import org.ziping.testing.Corpus;

/** docs/audit-rules.md names every rule the auditor runs, with the kinds the rule's code states. */
class AuditRulesDocTest {

  @Test
  void catalogueListsEveryRuleWithItsKinds() throws Exception {
    Path doc = Corpus.root().resolve("docs/audit-rules.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (AuditRule rule : new Auditor().rules()) {
      int at = text.indexOf("### `" + rule.id() + "`");
      assertTrue(at >= 0, "docs/audit-rules.md has a section for " + rule.id());
      int next = text.indexOf("\n### ", at + 1);
      String section = text.substring(at, next < 0 ? text.length() : next);
      Matcher m = Pattern.compile("\\*\\*Applies to\\*\\*:([^*]*?)\\.\\s*\\n- ", Pattern.DOTALL).matcher(section);
      assertTrue(m.find(), rule.id() + ": an 'Applies to' line");
      Set<String> documented = new TreeSet<>();
      Arrays.stream(m.group(1).split(",")).map(s -> s.replace("`", "").trim()).forEach(documented::add);
      Set<String> coded = new TreeSet<>();
      rule.kinds().stream().map(DocumentKind::json).forEach(coded::add);
      assertEquals(coded, documented, rule.id() + ": kinds in docs/audit-rules.md");
      assertTrue(section.contains("**Precondition**"), rule.id() + ": a stated precondition");
      assertTrue(section.contains("**Severity**") && section.contains("**Example**")
          && section.contains("**Tolerance**"), rule.id() + ": severity, tolerance and example");
    }
  }
}
