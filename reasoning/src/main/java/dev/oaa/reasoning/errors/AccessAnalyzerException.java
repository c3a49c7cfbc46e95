package dev.oaa.reasoning.errors;

/**
 * The root of every error this library reports about its input or its own limits. Messages are one
 * line and say what, where and why; they are built in {@link Errors}.
 */
public class AccessAnalyzerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with a one-line message. */
  public AccessAnalyzerException(String message) {
    super(message);
  }

  /** An error with a one-line message and its cause. */
  public AccessAnalyzerException(String message, Throwable cause) {
    super(message, cause);
  }
}
