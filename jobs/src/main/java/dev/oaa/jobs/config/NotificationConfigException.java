package dev.oaa.jobs.config;

import dev.oaa.reasoning.errors.AccessAnalyzerException;

/**
 * A notification target in the configuration that cannot be used. The message is one line and names
 * the key; it is built in {@link NotificationConfigErrors}.
 */
public final class NotificationConfigException extends AccessAnalyzerException {
  private static final long serialVersionUID = 1L;

  private final String key;

  NotificationConfigException(String message, String key) {
    super(message);
    this.key = key;
  }

  /** The configuration key at fault, such as {@code oaa.notifications.targets[1].topic-arn}. */
  public String key() {
    return key;
  }
}
