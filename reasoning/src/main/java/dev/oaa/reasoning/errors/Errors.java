package dev.oaa.reasoning.errors;

/**
 * The one place where user-facing errors are built, so that their wording stays consistent and
 * reviewable (user-facing messages are API).
 */
public final class Errors {
  private Errors() {}

  /**
   * A policy that is not valid JSON or not a valid policy.
   *
   * @param pointer JSON pointer of the element, {@code ""} for the root
   * @param line 1-based line
   * @param column 1-based column
   * @param reason what is wrong, in one line
   */
  public static PolicyParseException policyParse(
      String pointer, int line, int column, String reason) {
    String where = pointer.isEmpty() ? "" : " at " + pointer;
    return new PolicyParseException(
        "Cannot parse policy"
            + where
            + " (line "
            + line
            + ", column "
            + column
            + "): "
            + oneLine(reason),
        pointer,
        line,
        column);
  }

  /**
   * A service reference file that cannot be read or is not a valid AWS service reference.
   *
   * @param file the file, as the user gave it (a path, or a URL for a download)
   * @param problem what is wrong, in one line
   * @param cause the underlying exception, or {@code null}
   */
  public static CatalogException catalogFile(String file, String problem, Throwable cause) {
    return new CatalogException(
        "Cannot load service reference " + file + ": " + oneLine(problem), file, cause);
  }

  /**
   * A service reference that cannot be downloaded.
   *
   * @param url the URL requested
   * @param problem what went wrong, in one line (an HTTP status, a network error)
   * @param cause the underlying exception, or {@code null}
   */
  public static CatalogException catalogDownload(String url, String problem, Throwable cause) {
    return new CatalogException(
        "Cannot download service reference " + url + ": " + oneLine(problem), url, cause);
  }

  /** Collapses a message to one line, as every message of this library is. */
  public static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
