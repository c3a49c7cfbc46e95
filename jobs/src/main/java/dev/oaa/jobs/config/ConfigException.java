package dev.oaa.jobs.config;

import dev.oaa.reasoning.errors.AccessAnalyzerException;

/**
 * Invalid configuration: a one-line message naming the file, the entry and what is wrong, built in
 * {@link ConfigErrors}.
 */
public class ConfigException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  /** An error with a one-line message. */
  public ConfigException(String message) {
    super(message);
  }

  /** An error with a one-line message and its cause. */
  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
