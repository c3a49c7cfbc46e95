package dev.oaa.reasoning.errors;

/**
 * A policy document that IAM would not accept: invalid JSON, or valid JSON that is not a policy.
 * Carries the JSON pointer of the offending element and its line and column (1-based).
 */
public final class PolicyParseException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final int line;
  private final int column;

  PolicyParseException(String message, String pointer, int line, int column) {
    super(message);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /** The JSON pointer of the offending element ({@code ""} for the document itself). */
  public String pointer() {
    return pointer;
  }

  /** The 1-based line of the offending element. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending element. */
  public int column() {
    return column;
  }
}
