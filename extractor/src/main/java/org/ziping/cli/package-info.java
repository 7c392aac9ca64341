/**
 * The {@code ziping} command line (picocli): {@link org.ziping.cli.Main} with {@code extract},
 * {@code audit} and {@code blocks}, and the {@link org.ziping.cli.SubcommandProvider} service
 * through which other modules add theirs (index: index, search, serve; bench: bench, bench-index).
 * Options several commands share are mixins ({@link org.ziping.cli.ExtractionOptions}, {@link
 * org.ziping.cli.FolderWalkOption}, {@link org.ziping.cli.OcrOption}, {@link
 * org.ziping.cli.InputPaths}); the commands that read documents given as paths (extract, audit,
 * blocks) take the paths and {@code --ocr} from their base, {@code DocumentCommand}. Exit status 0, 1 when an input failed (after all others ran), 2 on
 * bad usage; JSON goes to stdout, messages and progress to stderr.
 */
package org.ziping.cli;
