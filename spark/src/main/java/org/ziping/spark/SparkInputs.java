package org.ziping.spark;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.ziping.pipeline.InputFiles;

/**
 * The input files of a Spark extraction, listed on the driver, in order.
 *
 * <p>A local path (no scheme, or {@code file:}) is expanded exactly as {@code extract} expands it
 * ({@link InputFiles#walk}): a folder is walked sorted, hidden files, markdown notes and files whose
 * detected type is not a document are skipped (and counted on stderr), a path that does not exist
 * or a folder without inputs is kept so that its extraction reports the error. A path of another
 * file system ({@code hdfs://}, {@code s3a://} with its connector on the class path, …) is listed
 * through Hadoop's {@link FileSystem}: a folder recursively, sorted by path, leaving out hidden
 * names (starting with {@code .} or {@code _}, as Hadoop's own outputs are) and markdown notes; the
 * detection of non-documents needs the bytes and is not done there, so such a file ends as a row
 * with its error. A list file ({@code --list}) holds one path or URI a line (blank lines and lines
 * starting with {@code #} left out), each expanded as above.
 */
public final class SparkInputs {
  private SparkInputs() {}

  /** One input: its place in the batch (the order of the JSONL lines) and its path or URI. */
  public record Input(long index, String path) implements Serializable {}

  /** The paths a list file names, read through Hadoop's file system (local or remote). */
  public static List<String> readList(String listFile, Configuration conf) throws IOException {
    Path p = new Path(listFile);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        p.getFileSystem(conf).open(p), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** The input files of {@code paths}, numbered in order; skipped local files told on {@code err}. */
  public static List<Input> expand(List<String> paths, Configuration conf, PrintWriter err,
                                   boolean verbose) throws IOException {
    List<Input> out = new ArrayList<>();
    for (String path : paths) {
      for (String file : isLocal(path) ? local(path, err, verbose) : remote(path, conf)) {
        out.add(new Input(out.size(), file));
      }
    }
    return out;
  }

  /** Whether a path names the local file system (read directly, never copied). */
  public static boolean isLocal(String path) {
    String scheme = scheme(path);
    return scheme == null || scheme.equals("file");
  }

  /** The local file of a path for which {@link #isLocal} holds. */
  public static java.nio.file.Path localPath(String path) {
    return "file".equals(scheme(path)) ? java.nio.file.Path.of(URI.create(path))
        : java.nio.file.Path.of(path);
  }

  private static String scheme(String path) {
    // a Windows drive letter or a plain relative name has no scheme of two or more letters
    int colon = path.indexOf(':');
    if (colon < 2) {
      return null;
    }
    String s = path.substring(0, colon);
    return s.matches("[A-Za-z][A-Za-z0-9+.-]*") ? s.toLowerCase(Locale.ROOT) : null;
  }

  private static List<String> local(String path, PrintWriter err, boolean verbose)
      throws IOException {
    InputFiles.Walk walk = InputFiles.walk(List.of(localPath(path)));
    walk.report(err, "ziping-spark", verbose);
    return walk.files().stream().map(java.nio.file.Path::toString).toList();
  }

  private static List<String> remote(String path, Configuration conf) throws IOException {
    Path root = new Path(path);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      return List.of(path); // its extraction says "no such file"
    }
    if (!status.isDirectory()) {
      return List.of(path);
    }
    String rootPath = status.getPath().toUri().getPath();
    List<String> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (f.isFile() && !skipped(rootPath, f.getPath())) {
        found.add(f.getPath().toString());
      }
    }
    if (found.isEmpty()) {
      return List.of(path); // its extraction says "a folder holding no input files"
    }
    found.sort(null);
    return found;
  }

  /** Hidden (a part of the path under the root starting with "." or "_"), or a markdown note. */
  private static boolean skipped(String rootPath, Path file) {
    String p = file.toUri().getPath();
    String rel = p.startsWith(rootPath) ? p.substring(rootPath.length()) : file.getName();
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return file.getName().toLowerCase(Locale.ROOT).endsWith(".md");
  }
}
