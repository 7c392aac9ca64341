package org.ziping.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ziping.cli.Main;

/** One run of a ziping command in this JVM, as the bench tests run them: exit code and stdout. */
record BenchRun(int code, String out) {
  static BenchRun of(String... args) {
    StringWriter out = new StringWriter();
    var cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code = cl.execute(args);
    return new BenchRun(code, out.toString());
  }
}
