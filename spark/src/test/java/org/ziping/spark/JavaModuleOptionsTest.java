package org.ziping.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of {@code bin/ziping-spark} ({@code spark/conf/java-options}) and of this
 * module's tests (the pom's {@code spark.jvm.options}) are the list Spark's own launcher gives its
 * JVMs on Java 17 ({@link JavaModuleOptions}): an upgrade of Spark that changes it fails here.
 */
class JavaModuleOptionsTest {
  @Test
  void theLauncherAndTheTestsUseSparksOwnOptions() throws Exception {
    Path root = Path.of(System.getProperty("ziping.root", ".."));
    List<String> launcher = Files.readAllLines(root.resolve("spark/conf/java-options")).stream()
        .map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()), launcher);
    List<String> thisJvm = ManagementFactory.getRuntimeMXBean().getInputArguments();
    for (String option : launcher) {
      assertTrue(thisJvm.contains(option), "surefire's argLine lacks " + option);
    }
  }
}
