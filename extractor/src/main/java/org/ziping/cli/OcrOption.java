package org.ziping.cli;

import java.util.Locale;
import org.ziping.ingest.IngestConfig;
import org.ziping.ingest.OcrMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --ocr auto|always|never} option, shared by the commands that read documents. */
public final class OcrOption {
  @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto", converter = Mode.class,
      description = "OCR of scanned PDF pages with tesseract: auto (only pages without a usable "
          + "text layer), always, never (default ${DEFAULT-VALUE})")
  OcrMode mode = OcrMode.AUTO;

  /** The OCR mode given. */
  public OcrMode mode() {
    return mode;
  }

  /** The default ingest settings with the OCR mode given. */
  public IngestConfig config() {
    return IngestConfig.defaults().withOcr(mode);
  }

  /** Parses auto, always, never in any case. */
  static final class Mode implements ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String s) {
      try {
        return OcrMode.valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + s + "' is not one of auto, always, never");
      }
    }
  }
}
