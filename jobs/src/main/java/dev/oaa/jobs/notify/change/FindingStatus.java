package dev.oaa.jobs.notify.change;

import java.util.Locale;

/** The lifecycle status of a finding, as the {@code status} column of {@code findings} holds it. */
public enum FindingStatus {
  /** The access exists and nobody has archived it. */
  ACTIVE,
  /** Archived by an archive rule or by a user; kept across runs. */
  ARCHIVED,
  /** A later snapshot no longer grants the access. */
  RESOLVED,
  /** The analysis could not decide (a solver timeout or unknown); never reported as no access. */
  UNKNOWN;

  /**
   * The status named by a column value.
   *
   * @throws IllegalArgumentException naming the value and the allowed ones
   */
  public static FindingStatus parse(String value) {
    for (FindingStatus status : values()) {
      if (status.name().equals(value)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Cannot read finding status `%s`: expected ACTIVE, ARCHIVED, RESOLVED or UNKNOWN",
            value));
  }
}
