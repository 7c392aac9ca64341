package org.ziping.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where a kept worker listens and how it is known: its loopback port, the secret its callers must
 * send first (so that only a reader of the registry file, its owner, can hand it files to read),
 * and its process id. Written as one line {@code PORT TOKEN PID} to the worker's registry file
 * (readable by its owner only where the file system has POSIX permissions) and to the starter.
 */
record KeptWorkerEndpoint(int port, String token, long pid) {
  /** A new endpoint of this JVM on {@code port}, with a fresh random token. */
  static KeptWorkerEndpoint of(int port) {
    byte[] secret = new byte[16];
    new SecureRandom().nextBytes(secret);
    return new KeptWorkerEndpoint(port, HexFormat.of().formatHex(secret),
        ProcessHandle.current().pid());
  }

  String line() {
    return port + " " + token + " " + pid;
  }

  /** The endpoint of a line, empty when it is not one. */
  static Optional<KeptWorkerEndpoint> parse(String line) {
    String[] f = line == null ? new String[0] : line.strip().split(" ");
    if (f.length != 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(new KeptWorkerEndpoint(Integer.parseInt(f[0]), f[1],
          Long.parseLong(f[2])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The endpoint in {@code registry}, empty when there is none or it is unreadable. */
  static Optional<KeptWorkerEndpoint> read(Path registry) {
    try {
      return parse(Files.readString(registry, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the worker's process is alive. */
  boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Writes this endpoint to {@code registry}, replacing what was there, in one move. */
  void write(Path registry) throws IOException {
    Files.createDirectories(registry.toAbsolutePath().getParent());
    Path tmp = registry.resolveSibling(registry.getFileName() + "." + pid + ".tmp");
    Files.deleteIfExists(tmp);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(tmp, line() + "\n", StandardCharsets.US_ASCII);
    try {
      Files.move(tmp, registry, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, registry, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes {@code registry} if it still names this endpoint's process (another may own it). */
  void deleteIfNamed(Path registry) {
    if (read(registry).map(e -> e.pid() == pid).orElse(false)) {
      try {
        Files.deleteIfExists(registry);
      } catch (IOException e) {
        // a stale registry is told apart by its dead process
      }
    }
  }
}
