package dev.oaa.jobs.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Options shared by the check commands. */
final class CheckOptions {
  @Option(
      names = "--output",
      defaultValue = "json",
      description = "json (default, the AWS CLI's result shape) or sarif.")
  String output;

  @Option(
      names = "--timeout-ms",
      defaultValue = "10000",
      description = "Solver budget per query; an undecided check is UNKNOWN (exit 1), never PASS.")
  long timeoutMs;

  Duration timeout() {
    if (timeoutMs <= 0) {
      throw new CliException("--timeout-ms must be positive, got " + timeoutMs);
    }
    return Duration.ofMillis(timeoutMs);
  }

  OutputFormat format() {
    return switch (output) {
      case "json" -> OutputFormat.JSON;
      case "sarif" -> OutputFormat.SARIF;
      default -> throw new CliException("--output must be json or sarif, got `" + output + "`");
    };
  }

  /** How results are printed. */
  enum OutputFormat {
    JSON,
    SARIF
  }
}
