package org.ziping.cli;

import java.io.IOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, else the build's version resource. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    if (v == null) {
      try (var in = Main.class.getResourceAsStream("/ziping-version.properties")) {
        if (in != null) {
          var p = new Properties();
          p.load(in);
          v = p.getProperty("version");
        }
      } catch (IOException e) {
        v = null;
      }
    }
    return new String[] {"ziping " + (v == null ? "(development build)" : v),
        "Java " + System.getProperty("java.version")};
  }
}
