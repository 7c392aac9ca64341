package org.ziping.cli;

import picocli.CommandLine.Mixin;

/**
 * The shared base of the commands that read documents given as paths ({@code extract},
 * {@code audit}, {@code blocks}): the input files or folders with the folder walk's
 * {@code --verbose} ({@link InputPaths}) and the OCR mode of scanned pages ({@code --ocr},
 * {@link OcrOption}). Picocli reads the mixins of a superclass as the command's own, so each
 * command declares only what is its alone. A command whose inputs mean more than "input files or
 * folders" says so in its resource bundle (key {@code inputs}).
 */
abstract class DocumentCommand extends ConsoleCommand {
  /** The paths given and their walk. */
  @Mixin
  final InputPaths inputPaths = new InputPaths();

  /** The OCR mode given. */
  @Mixin
  final OcrOption ocr = new OcrOption();
}
