package org.ziping.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one message catalogue: words by key in both languages, fallbacks, and loud misses. */
class MessageCatalogueTest {
  @Test
  void wordsByKeyInBothLanguagesKeepTheirSpaces() {
    assertEquals("（证据在本页的位置未能确定）", Lang.ZH.t("audit.unplaced"));
    assertEquals(" row 5", Lang.EN.t("audit.row", 5));
    assertEquals(" 第5行", Lang.ZH.t("audit.row", 5));
    assertEquals(" · report %d", Lang.EN.t("web.report.no"));
  }

  @Test
  void aMissingKeyFailsNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Lang.EN.t("audit.noSuchWord"));
    assertTrue(e.getMessage().contains("audit.noSuchWord"), e.getMessage());
  }

  @Test
  void namesOfCodesFallBackToTheCode() {
    assertEquals("执行率超过100%", MessageCatalogue.ruleName("EXEC_RATE_OVER_100", Lang.ZH));
    assertEquals("NEW_RULE", MessageCatalogue.ruleName("NEW_RULE", Lang.EN));
    assertEquals("", MessageCatalogue.ruleName(null, Lang.EN));
    assertEquals("部门决算", MessageCatalogue.kindName("final-accounts", Lang.ZH));
    assertEquals("letter", MessageCatalogue.kindName("letter", Lang.ZH));
    assertEquals("warning", MessageCatalogue.severityName("warning", Lang.EN));
    assertEquals("提示", MessageCatalogue.severityName("info", Lang.ZH));
    assertEquals("fatal", MessageCatalogue.severityName("fatal", Lang.ZH));
  }
}
