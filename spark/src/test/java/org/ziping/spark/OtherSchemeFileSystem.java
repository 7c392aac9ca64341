package org.ziping.spark;

import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under a scheme of its own ({@code zipingtest:///…}), registered with
 * {@code fs.zipingtest.impl}: the job lists and reads such paths through Hadoop's file system API
 * and copies each file before extracting it, exactly as it does for {@code hdfs://} or
 * {@code s3a://}, so a test can exercise that path without a cluster.
 */
public class OtherSchemeFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "zipingtest";
  private static final URI NAME = URI.create(SCHEME + ":///");

  @Override
  public URI getUri() {
    return NAME;
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  // the local file system reads permissions through java.io.File, which takes only file: URIs;
  // a status without them is all the job needs

  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    return plain(super.getFileStatus(f));
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    FileStatus[] all = super.listStatus(f);
    for (int i = 0; i < all.length; i++) {
      all[i] = plain(all[i]);
    }
    return all;
  }

  private static FileStatus plain(FileStatus s) {
    return new FileStatus(s.getLen(), s.isDirectory(), 1, s.getBlockSize(),
        s.getModificationTime(), s.getPath());
  }

  /** The URI of a local absolute path under this scheme. */
  static String uri(java.nio.file.Path p) {
    return SCHEME + "://" + p.toAbsolutePath();
  }
}
