package org.ziping.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ziping.testing.Corpus;
import org.ziping.testing.TortureFiles;

/**
 * The contract of {@link PlainTextShortcut}: it gives Tika's own answer on every input, and the
 * patterns it skips never match a head it takes.
 */
class PlainTextShortcutTest {
  private static final MimeTypes TYPES = TikaConfig.getDefaultConfig().getMimeRepository();

  /** Fragments that Tika's magic patterns look for, put into otherwise plain text. */
  private static final List<String> MAGIC_WORDS = List.of("<html", "<HTML>", "<?xml version=\"1.0\"?>",
      "<!DOCTYPE html>", "<head>", "<body>", "<h1>", "%PDF-1.4", "%!PS-Adobe-3.0", "\r%AI5_FileFormat 3\r",
      "{\\rtf1", "#!/bin/sh", "From: a@b\n", "From someone", "Content-Type: text/plain\n", "Received: x\n",
      "MIME-Version: 1.0\n", "Subject: s\n", "0\nSECTION\n", "2\nHEADER\n", "function f\n",
      "function x = 1", "JAVA PROFILE 1.0.1,", "BZh9", "P4\n", "P5 ", "P6\r", "MZ", "GIF89a",
      "BEGIN:VCARD", "BEGIN:VCALENDAR", "WEBVTT", "1\n00:00:01,000 --> 00:00:02,000\n", "digraph G {",
      "graph g", "@echo off", "import os", "#!/usr/bin/env python", "<svg", "<rss", "FCS3.0    ",
      "X-Mailer: y\n", "DKIM-Signature: v=1\n", "%YAML", "---\n", "{\"a\":1}", "[Section]\n",
      "12345nam a2200000 a 4500", "CD001", "ustar", "Return-Path: <a@b>\n", "Relay-Version: 1\n",
      "绩效自评报告", "一、部门基本情况\n", "预算执行率为95.5%。", "\uFEFF");

  @Test
  void agreesWithTikaOnGeneratedHeads() throws Exception {
    PlainTextShortcut shortcut = PlainTextShortcut.of(TYPES);
    Random r = new Random(8);
    int taken = 0;
    for (int i = 0; i < 300; i++) {
      byte[] head = head(r, i);
      for (String name : new String[] {"report.txt", "报告 2024.TXT", "report", "a.html", "a#b.txt"}) {
        MediaType tika = TYPES.detect(TikaInputStream.get(head), metadata(name));
        MediaType ours = shortcut.detect(TikaInputStream.get(head), metadata(name));
        assertEquals(tika, ours, () -> name + " " + describe(head));
        if (name.equals("report.txt") && ours.equals(MediaType.TEXT_PLAIN)) {
          taken++;
        }
      }
    }
    assertTrue(taken > 60, "the generated text heads mostly read as text/plain: " + taken);
  }

  @Test
  void skippedPatternsNeverMatchTheHeadsTaken() throws Exception {
    PlainTextShortcut shortcut = PlainTextShortcut.of(TYPES);
    Random r = new Random(9);
    int checked = 0;
    for (int i = 0; i < 250; i++) {
      byte[] head = textHead(r, i);
      if (!shortcut.isPlainText(head)) {
        continue;
      }
      checked++;
      for (int m = 0; m < shortcut.size(); m++) {
        assertFalse(shortcut.matches(m, head), "magic " + m + " matches " + describe(head));
      }
    }
    assertTrue(checked > 100, "heads checked: " + checked);
  }

  @Test
  void itsEvaluationOfEachPatternIsTikas() throws Exception {
    PlainTextShortcut shortcut = PlainTextShortcut.of(TYPES);
    Random r = new Random(10);
    int matched = 0;
    for (int i = 0; i < 80; i++) {
      byte[] head = i % 3 == 0 ? head(r, i) : textHead(r, i);
      if (i % 7 == 0) { // a magic word at the very start, sometimes at a line start
        String w = MAGIC_WORDS.get(r.nextInt(MAGIC_WORDS.size()));
        byte[] b = ((i % 2 == 0 ? "\n" : "") + w).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(b, 0, head, 0, Math.min(b.length, head.length));
      }
      for (int m = 0; m < shortcut.size(); m++) {
        boolean tika = shortcut.matches(m, head);
        assertEquals(tika, shortcut.testMatches(m, head), "magic " + m + " on " + describe(head));
        matched += tika ? 1 : 0;
      }
    }
    assertTrue(matched > 20, "some patterns match the heads: " + matched);
  }

  @Test
  void aTextHeadLeavesFewPatternsToTry() throws Exception {
    PlainTextShortcut shortcut = PlainTextShortcut.of(TYPES);
    int all = shortcut.size();
    for (int first : new int[] {' ', '\n', '#', '2', 0xe4, 0xef, 0xb8}) {
      int n = shortcut.candidates(first, 20_000);
      assertTrue(n < all / 4, (char) first + ": " + n + " of " + all + " patterns left");
    }
    assertTrue(shortcut.candidates(' ', 10) > shortcut.candidates(' ', 20_000),
        "a short head keeps the patterns whose compared bytes would fall in Tika's zero padding");
  }

  @Test
  void theFormatDetectorUsesIt() throws Exception {
    assertInstanceOf(org.apache.tika.detect.CompositeDetector.class,
        TikaConfig.getDefaultConfig().getDetector());
    assertTrue(PlainTextShortcut.wrap(TYPES) instanceof PlainTextShortcut,
        "Tika's magic patterns are read (the shortcut is on)");
  }

  /** Every file of the corpus, the test fixtures, the real documents and hostile files. */
  @Test
  void sameDecisionsOnEveryFile(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>(Corpus.files());
    try (Stream<Path> s = Files.walk(Corpus.root().resolve("extractor/src/test/resources"))) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    Path real = Corpus.root().resolve("../shared/realdocs");
    if (Files.isDirectory(real)) {
      try (Stream<Path> s = Files.list(real)) {
        s.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    byte[] pdf = Files.readAllBytes(Corpus.file("004", "pdf"));
    Files.write(dir.resolve("pdf_named.txt"), pdf);
    Files.write(dir.resolve("truncated.txt"), Arrays.copyOf(pdf, 2000));
    Files.copy(Corpus.file("004", "docx"), dir.resolve("docx_named.txt"));
    Files.copy(Corpus.file("004", "html"), dir.resolve("html_named.txt"));
    Files.write(dir.resolve("garbage.txt"), randomBytes(new Random(3), 5000));
    Files.write(dir.resolve("one.txt"), new byte[] {'x'});
    Files.write(dir.resolve("bom_only.txt"), new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
    String good = Files.readString(Corpus.file("002", "txt"));
    TortureFiles.utf16WithoutBom(dir.resolve("utf16le.txt"), good, true);
    TortureFiles.utf16WithoutBom(dir.resolve("utf16be.txt"), good, false);
    TortureFiles.shortLines(dir.resolve("lines.txt"), 20_000);
    TortureFiles.reportLikeText(dir.resolve("report_like.txt"), 200_000, false, 2);
    Files.write(dir.resolve("gbk.txt"), good.getBytes("GB18030"));
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(files::add);
    }
    FormatDetector tika = new FormatDetector(false);
    FormatDetector ours = new FormatDetector(true);
    for (Path f : files) {
      if (Files.size(f) > 0) {
        assertEquals(tika.detect(f), ours.detect(f), f.toString());
      }
    }
    assertEquals("text/plain", ours.detect(Corpus.file("000", "txt")));
  }

  private static Metadata metadata(String name) {
    Metadata md = new Metadata();
    md.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    return md;
  }

  /** Heads of every kind: text with magic words, text with one stray byte, random bytes. */
  private static byte[] head(Random r, int i) {
    switch (i % 5) {
      case 0:
        return randomBytes(r, 1 + r.nextInt(i % 10 == 0 ? 20 : 3000));
      case 1: {
        byte[] t = textHead(r, i);
        if (t.length > 0) {
          t[r.nextInt(t.length)] = (byte) r.nextInt(256);
        }
        return t;
      }
      default:
        return textHead(r, i);
    }
  }

  /** Text bytes: Chinese, ASCII, digits and line breaks, with magic words at the start or inside. */
  private static byte[] textHead(Random r, int i) {
    StringBuilder sb = new StringBuilder();
    int len = switch (i % 4) {
      case 0 -> 1 + r.nextInt(40);
      case 1 -> 100 + r.nextInt(9000);
      case 2 -> 8000 + r.nextInt(400);
      default -> 20_000 + r.nextInt(60_000);
    };
    if (r.nextInt(3) == 0) {
      sb.append(MAGIC_WORDS.get(r.nextInt(MAGIC_WORDS.size())));
    }
    while (sb.length() < len) {
      int k = r.nextInt(20);
      if (k < 10) {
        sb.append((char) (0x4e00 + r.nextInt(0x5000)));
      } else if (k < 14) {
        sb.append((char) (0x20 + r.nextInt(0x5f)));
      } else if (k < 16) {
        sb.append(r.nextBoolean() ? '\n' : "\r\n");
      } else if (k < 18) {
        sb.append(r.nextInt(100000));
      } else if (k == 18 && r.nextInt(10) == 0) {
        sb.append(MAGIC_WORDS.get(r.nextInt(MAGIC_WORDS.size())));
      } else {
        sb.append("，。、；：（）“”".charAt(r.nextInt(9)));
      }
    }
    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(b, Math.min(b.length, 65_536));
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  private static String describe(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 80), StandardCharsets.ISO_8859_1);
    return head.length + " bytes: " + s.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
