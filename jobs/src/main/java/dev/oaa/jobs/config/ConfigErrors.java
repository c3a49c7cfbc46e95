package dev.oaa.jobs.config;

import java.nio.file.Path;

/**
 * Every configuration error message (STYLE.md 2.6): {@code Cannot <verb> <object> from <file>:
 * <reason>}, one line, user input in backticks.
 */
public final class ConfigErrors {

  private ConfigErrors() {}

  /** A problem with an archive-rules file as a whole. */
  public static ConfigException archiveRulesFile(Path file, String reason) {
    return new ConfigException("Cannot load archive rules from `" + file + "`: " + reason);
  }

  /** A problem with an archive-rules file that an I/O or YAML error caused. */
  public static ConfigException archiveRulesFile(Path file, String reason, Throwable cause) {
    return new ConfigException("Cannot load archive rules from `" + file + "`: " + reason, cause);
  }

  /** A problem with one rule, named by its {@code ruleName}. */
  public static ConfigException archiveRule(Path file, String ruleName, String reason) {
    return new ConfigException(
        "Cannot load archive rule `" + ruleName + "` from `" + file + "`: " + reason);
  }

  /** A problem with a rule that has no usable name: {@code position} counts from 1. */
  public static ConfigException archiveRuleAt(Path file, int position, String reason) {
    return new ConfigException(
        "Cannot load archive rule #" + position + " from `" + file + "`: " + reason);
  }
}
