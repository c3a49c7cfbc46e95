package dev.oaa.jobs.config;

import java.util.Collection;

/** The one place where the messages of invalid notification targets are built. */
public final class NotificationConfigErrors {

  private NotificationConfigErrors() {}

  /** A key that a target of this type does not have. */
  static NotificationConfigException unknownKey(
      String key, String type, Collection<String> allowed) {
    return new NotificationConfigException(
        "Cannot read notification target at "
            + key
            + ": unknown key for type `"
            + type
            + "` (valid keys: "
            + String.join(", ", allowed)
            + ")",
        key);
  }

  /** A required key that is absent. */
  static NotificationConfigException missing(String key, String what) {
    return new NotificationConfigException(
        "Cannot read notification target at " + key + ": missing " + what, key);
  }

  /** A key whose value cannot be used. */
  static NotificationConfigException invalid(String key, String value, String expected) {
    return new NotificationConfigException(
        "Cannot read notification target at "
            + key
            + ": invalid value `"
            + oneLine(value)
            + "`, expected "
            + expected,
        key);
  }

  /** A target whose keys contradict each other. */
  static NotificationConfigException conflict(String key, String reason) {
    return new NotificationConfigException(
        "Cannot read notification target at " + key + ": " + reason, key);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
