package dev.oaa.jobs.cli;

/**
 * Exit codes, as the CI validators people already use (cfn-policy-validator,
 * terraform-iam-policy-validator) define them.
 */
final class ExitCodes {
  /** The check passed, or the command succeeded. */
  static final int OK = 0;

  /** Bad input, an internal error, or a check the solver could not decide (UNKNOWN). */
  static final int ERROR = 1;

  /** A check failed. */
  static final int FAIL = 2;

  private ExitCodes() {}
}
