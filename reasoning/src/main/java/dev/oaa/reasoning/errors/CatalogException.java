package dev.oaa.reasoning.errors;

/**
 * A service reference (the AWS service catalog) that cannot be read, downloaded or understood. The
 * message names the file or URL and the problem; {@link #source()} gives the file or URL alone.
 */
public final class CatalogException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  private final String source;

  CatalogException(String message, String source, Throwable cause) {
    super(message, cause);
    this.source = source;
  }

  /** The file or URL that could not be used. */
  public String source() {
    return source;
  }
}
