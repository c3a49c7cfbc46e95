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

  /** Collapses a message to one line, as every message of this library is. */
  public static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
