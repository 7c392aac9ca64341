package org.ziping.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.ziping.audit.AuditContext;
import org.ziping.audit.Auditor;
import org.ziping.report.ReportJson;
import org.ziping.report.Amount;
import org.ziping.report.DisclosureTable;
import org.ziping.report.ExtractedDocument;
import org.ziping.report.Finding;
import org.ziping.report.Report;
import org.ziping.testing.Corpus;

/**
 * The standard tables of the real disclosures in {@code ../shared/realdocs/}: each file's recognised
 * tables are the reviewed list {@code realdocs/disclosure-tables.json} (type per table, in order),
 * and the identities the DISCLOSURE rules check are live on these real layouts: with one figure of
 * a real table changed (in the typed report, as an auditor's altered copy would read), the rule of
 * that identity fires; unchanged, it is silent (RealDocsFindingsTest). Skipped with a message when
 * the folder is absent, unless CI=true.
 */
class RealDocsDisclosureTablesTest {
  private static final StandardExtraction EXTRACTION = new StandardExtraction();
  private static final AuditContext CTX = AuditContext.of("realdocs", 0);

  private static Path dir() {
    Path dir = Corpus.root().resolve("../shared/realdocs").normalize();
    boolean present = Files.isDirectory(dir);
    if (!present && "true".equals(System.getenv("CI"))) {
      fail("../shared/realdocs is required on CI but absent: " + dir);
    }
    Assumptions.assumeTrue(present, "../shared/realdocs absent: disclosure tables not checked");
    return dir;
  }

  private static JsonNode expected() throws IOException {
    try (InputStream in = RealDocsDisclosureTablesTest.class.getResourceAsStream(
        "/realdocs/disclosure-tables.json")) {
      return ReportJson.mapper().readTree(in).get("files");
    }
  }

  @Test
  void theStandardTablesAreRecognisedAndEveryIdentityIsLive() throws IOException {
    Path dir = dir();
    JsonNode files = expected();
    List<String> problems = new ArrayList<>();
    int columnChecks = 0;
    int codeChecks = 0;
    int balanceChecks = 0;
    var names = files.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      ExtractedDocument d = EXTRACTION.extract(dir.resolve(name));
      Report r = d.reports().get(0);
      List<String> want = new ArrayList<>();
      files.get(name).forEach(t -> want.add(t.asText()));
      List<String> got = r.disclosureTables().stream().map(DisclosureTable::type).toList();
      assertEquals(want, got, name + ": recognised tables");
      for (int t = 0; t < r.disclosureTables().size(); t++) {
        DisclosureTable table = r.disclosureTables().get(t);
        // 合计 column = its header group, on the first row that has them
        for (DisclosureTable.Column total : table.columns()) {
          boolean grouped = table.columns().stream().anyMatch(c -> Objects.equals(c.group(), total.col()));
          DisclosureTable.Row row = table.rows().stream().filter(x -> x.at(total.col()) != null
              && table.columns().stream().anyMatch(c -> Objects.equals(c.group(), total.col())
                  && x.at(c.col()) != null)).findFirst().orElse(null);
          if (!grouped || row == null) {
            continue;
          }
          columnChecks++;
          if (!fires(altered(r, t, row, total.col()), "DISCLOSURE_COLUMN_SUM")) {
            problems.add(name + ": " + table.title() + " row " + row.row() + " col " + total.col()
                + " changed, DISCLOSURE_COLUMN_SUM silent");
          }
        }
        // a 项 row of a coded table that PART_SUM_MISMATCH does not read (类/款/项 in separate cells)
        boolean readByPartSum = r.breakdowns().stream().anyMatch(b -> "table-code".equals(b.kind())
            && b.location() != null && table.tables().contains(b.location().table()));
        DisclosureTable.Row item = table.rows().stream()
            .filter(x -> "item".equals(x.role()) && !x.values().isEmpty()).findFirst().orElse(null);
        if (item != null && !readByPartSum && table.rows().stream().noneMatch(x -> x.side() != null)) {
          codeChecks++;
          int col = item.values().get(0).location().col();
          if (!fires(altered(r, t, item, col), "DISCLOSURE_CODE_SUM")) {
            problems.add(name + ": " + table.title() + " item " + item.code() + " changed, DISCLOSURE_CODE_SUM silent");
          }
        }
        // the income side's bottom line of a summary table
        // (its 总计, else its last 合计, as DISCLOSURE_BALANCE reads it)
        DisclosureTable.Row bottom = null;
        DisclosureTable.Row lastTotal = null;
        for (DisclosureTable.Row x : table.rows()) {
          if ("income".equals(x.side()) && x.name() != null && !x.values().isEmpty()) {
            if (x.name().matches("(收入|收支)?总计")) {
              bottom = x;
            } else if (x.name().matches("(本年)?(收入)?合计")) {
              lastTotal = x;
            }
          }
        }
        bottom = bottom != null ? bottom : lastTotal;
        if (bottom != null) {
          balanceChecks++;
          if (!fires(altered(r, t, bottom, bottom.values().get(0).location().col()), "DISCLOSURE_BALANCE")) {
            problems.add(name + ": " + table.title() + " 收入总计 changed, DISCLOSURE_BALANCE silent");
          }
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    // every disclosure of the folder gives these identities something to check
    assertTrue(columnChecks >= 58 && codeChecks >= 12 && balanceChecks >= 20,
        "identities checked: column " + columnChecks + ", code " + codeChecks + ", balance " + balanceChecks);
  }

  private static boolean fires(Report r, String rule) {
    List<String> failures = new ArrayList<>();
    Report audited = new Auditor().audit(r, CTX, failures);
    assertTrue(failures.isEmpty(), failures.toString());
    return audited.findings().stream().map(Finding::rule).anyMatch(rule::equals);
  }

  /** The report with one cell of one typed table raised by 1,000 (in the table's unit). */
  private static Report altered(Report r, int t, DisclosureTable.Row row, int col) {
    List<DisclosureTable> tables = new ArrayList<>(r.disclosureTables());
    DisclosureTable old = tables.get(t);
    List<DisclosureTable.Row> rows = new ArrayList<>();
    for (DisclosureTable.Row x : old.rows()) {
      if (x != row) {
        rows.add(x);
        continue;
      }
      List<Amount> values = new ArrayList<>();
      for (Amount a : x.values()) {
        boolean here = a.location().col() == col;
        BigDecimal v = here ? a.value().add(BigDecimal.valueOf(1000)) : a.value();
        values.add(new Amount(a.label(), v, a.unit(), null, a.text(), a.location()));
      }
      rows.add(new DisclosureTable.Row(x.table(), x.row(), x.side(), x.code(), x.name(), x.role(),
          values, x.unread()));
    }
    tables.set(t, new DisclosureTable(old.type(), old.title(), old.fund(), old.stage(), old.unit(),
        old.tables(), old.location(), old.columns(), rows));
    return r.with(b -> {
      b.disclosureTables = tables;
      b.findings = List.of();
    });
  }
}
