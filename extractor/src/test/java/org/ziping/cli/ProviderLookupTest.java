package org.ziping.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line looks up {@link SubcommandProvider}s only as far as the invoked subcommand:
 * a class loader whose service files come one per "jar" (as the class path's jars give them)
 * records how many of them {@link java.util.ServiceLoader} read. A built-in subcommand reads none;
 * a provided one reads up to its provider's; help and unknown names read all of them and list
 * every subcommand.
 */
class ProviderLookupTest {
  @TempDir Path dir;

  @Command(name = "first-sub")
  public static final class FirstSub implements Runnable {
    @Override
    public void run() {}
  }

  @Command(name = "second-sub")
  public static final class SecondSub implements Runnable {
    @Override
    public void run() {}
  }

  @Command(name = "third-sub")
  public static final class ThirdSub implements Runnable {
    @Override
    public void run() {}
  }

  /** Prepared and asked for its subcommands: records both, by provider. */
  static final List<String> CALLS = Collections.synchronizedList(new ArrayList<>());

  public static final class FirstProvider implements SubcommandProvider {
    @Override
    public void prepare(String invoked, List<String> args) {
      CALLS.add("prepare first " + invoked);
    }

    @Override
    public List<Object> subcommands() {
      return List.of(new FirstSub());
    }
  }

  public static final class SecondProvider implements SubcommandProvider {
    @Override
    public List<Object> subcommands() {
      return List.of(new SecondSub());
    }
  }

  public static final class ThirdProvider implements SubcommandProvider {
    @Override
    public List<Object> subcommands() {
      return List.of(new ThirdSub());
    }
  }

  /** Serves the provider service files, one URL per jar, and counts the ones handed out. */
  private static final class JarsInTurn extends ClassLoader {
    final List<URL> files;
    int read;

    JarsInTurn(List<URL> files) {
      super(ProviderLookupTest.class.getClassLoader());
      this.files = files;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (!name.equals("META-INF/services/" + SubcommandProvider.class.getName())) {
        return super.getResources(name);
      }
      return new Enumeration<>() {
        @Override
        public boolean hasMoreElements() {
          return read < files.size();
        }

        @Override
        public URL nextElement() {
          return files.get(read++);
        }
      };
    }
  }

  private JarsInTurn loader() throws IOException {
    List<URL> files = new ArrayList<>();
    for (Class<?> p : List.of(FirstProvider.class, SecondProvider.class, ThirdProvider.class)) {
      Path f = dir.resolve(p.getSimpleName() + ".services");
      Files.writeString(f, "# one jar's service file\n" + p.getName() + "\n",
          StandardCharsets.UTF_8);
      files.add(f.toUri().toURL());
    }
    return new JarsInTurn(files);
  }

  private CommandLine withLoader(JarsInTurn loader, String invoked) {
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    t.setContextClassLoader(loader); // ServiceLoader.load(Class) reads the context loader
    try {
      return Main.commandLine(invoked, invoked == null ? List.of() : List.of(invoked, "x"));
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void aProvidedSubcommandReadsTheServiceFilesUpToItsProvider() throws IOException {
    JarsInTurn first = loader();
    CALLS.clear();
    CommandLine cl = withLoader(first, "first-sub");
    assertEquals(1, first.read, "service files read for first-sub");
    assertEquals(Set.of("first-sub"), cl.getSubcommands().keySet());
    assertEquals(List.of("prepare first first-sub"), CALLS);

    JarsInTurn second = loader();
    cl = withLoader(second, "second-sub");
    assertEquals(2, second.read, "service files read for second-sub");
    assertEquals(Set.of("second-sub"), cl.getSubcommands().keySet());
  }

  @Test
  void aBuiltInSubcommandReadsNone() throws IOException {
    for (String name : List.of("extract", "audit", "blocks")) {
      JarsInTurn loader = loader();
      CALLS.clear();
      CommandLine cl = withLoader(loader, name);
      assertEquals(0, loader.read, "service files read for " + name);
      assertEquals(Set.of(name), cl.getSubcommands().keySet());
      assertEquals(List.of(), CALLS, "no provider is prepared for " + name);
    }
  }

  @Test
  void helpAndUnknownNamesReadAllAndListEverySubcommand() throws IOException {
    for (String first : new String[] {null, "help", "--help", "thrid-sub"}) {
      JarsInTurn loader = loader();
      CommandLine cl = withLoader(loader, first);
      assertEquals(3, loader.read, "service files read for " + first);
      Set<String> names = new TreeSet<>(cl.getSubcommands().keySet());
      assertTrue(names.containsAll(List.of("extract", "audit", "blocks", "help", "first-sub",
          "second-sub", "third-sub")), first + ": " + names);
    }
  }
}
