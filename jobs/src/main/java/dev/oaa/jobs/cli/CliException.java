package dev.oaa.jobs.cli;

/** Bad input given on the command line: printed as one line, exit code 1. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
