package org.ziping.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stage boundaries of {@code docs/architecture.md}, checked on the compiled main classes of
 * every module: the table between {@code <!-- stage-boundaries -->} markers names, for each
 * top-level package {@code org.ziping.X}, the other ziping packages it may use; every other
 * ziping package is forbidden to it, and a class that uses one (an import, a call, a field, a
 * signature: ArchUnit reads the byte code) fails the build with the class and the line.
 *
 * <p>The table is the single source: the document shows what the test enforces. The test also
 * fails when the main code has a top-level package without a row, and it checks on a planted
 * class ({@code org.ziping.render.planted.ReachesBackIntoParse}, test code) that the rules do
 * catch a forbidden import.
 */
class StageBoundariesTest {
  private static final String BASE = "org.ziping";
  private static final Pattern ROW = Pattern.compile("^\\|\\s*`org\\.ziping\\.([a-z]+)`\\s*\\|([^|]*)\\|\\s*$");
  private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

  private static Map<String, Set<String>> allowed;
  private static JavaClasses mainClasses;

  @BeforeAll
  static void readTableAndClasses() throws IOException {
    allowed = table(root().resolve("docs/architecture.md"));
    mainClasses = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(BASE);
  }

  @Test
  void everyStageUsesOnlyThePackagesItsRowNames() {
    List<String> failures = new ArrayList<>();
    for (String stage : allowed.keySet()) {
      if (!hasClasses(stage)) {
        continue;
      }
      EvaluationResult r = rule(stage).allowEmptyShould(true).evaluate(mainClasses);
      if (r.hasViolation()) {
        failures.add(r.getFailureReport().toString());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void everyPackageOfTheMainCodeHasARow() {
    Set<String> stages = new TreeSet<>();
    for (JavaClass c : mainClasses) {
      String p = c.getPackageName();
      if (p.startsWith(BASE + ".")) {
        stages.add(p.substring(BASE.length() + 1).split("\\.")[0]);
      }
    }
    assertFalse(stages.isEmpty(), "no ziping class was found on the class path");
    Set<String> missing = new TreeSet<>(stages);
    missing.removeAll(allowed.keySet());
    assertEquals(Set.of(), missing,
        "packages of the main code without a row in docs/architecture.md's stage-boundaries table");
  }

  @Test
  void eachModuleIsChecked() {
    for (String stage : List.of("model", "report", "ingest", "parse", "audit", "render", "pipeline",
        "index", "solr", "spark")) {
      assertTrue(hasClasses(stage), "no main class of org.ziping." + stage + " was imported");
    }
  }

  @Test
  void aForbiddenImportIsCaught() {
    JavaClasses planted = new ClassFileImporter()
        .importPackages(BASE + ".render.planted");
    assertFalse(planted.isEmpty());
    EvaluationResult r = rule("render").evaluate(planted);
    assertTrue(r.hasViolation(), "the planted import of org.ziping.parse in render was not caught");
    assertTrue(r.getFailureReport().toString().contains("FactExtractor"),
        r.getFailureReport().toString());
  }

  private static boolean hasClasses(String stage) {
    String p = BASE + "." + stage;
    for (JavaClass c : mainClasses) {
      if (c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")) {
        return true;
      }
    }
    return false;
  }

  /** No class of the stage depends on a ziping package outside its row (and itself). */
  private static ArchRule rule(String stage) {
    List<String> forbidden = new ArrayList<>();
    for (String other : allowed.keySet()) {
      if (!other.equals(stage) && !allowed.get(stage).contains(other)) {
        forbidden.add(BASE + "." + other + "..");
      }
    }
    return noClasses().that().resideInAPackage(BASE + "." + stage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("docs/architecture.md lets org.ziping." + stage + " use only "
            + (allowed.get(stage).isEmpty() ? "itself" : String.join(", ", allowed.get(stage))));
  }

  static Map<String, Set<String>> table(Path doc) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf("<!-- stage-boundaries -->");
    int to = text.indexOf("<!-- /stage-boundaries -->");
    assertTrue(from >= 0 && to > from, doc + " has no stage-boundaries table");
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String line : text.substring(from, to).split("\n")) {
      Matcher m = ROW.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      Set<String> uses = new TreeSet<>();
      Matcher n = NAME.matcher(m.group(2));
      while (n.find()) {
        uses.add(n.group(1));
      }
      out.put(m.group(1), uses);
    }
    assertTrue(out.size() >= 5, "the stage-boundaries table of " + doc + " has too few rows");
    for (Map.Entry<String, Set<String>> e : out.entrySet()) {
      for (String u : e.getValue()) {
        assertTrue(out.containsKey(u), "row " + e.getKey() + " names " + u + ", which has no row");
      }
    }
    return out;
  }

  static Path root() {
    String prop = System.getProperty("ziping.root");
    Path p = prop != null ? Paths.get(prop) : Paths.get("").toAbsolutePath();
    while (p != null && !Files.isRegularFile(p.resolve("docs/architecture.md"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("docs/architecture.md not found above " + Paths.get("").toAbsolutePath());
    }
    return p;
  }
}
