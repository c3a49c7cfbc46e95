package dev.oaa.jobs.notify.change;

import java.time.Instant;
import java.util.Objects;

/**
 * A finding to announce, with why and when: a new finding, or a status change read from the {@code
 * findings} table's Change Data Feed.
 *
 * @param finding the finding after the change
 * @param kind why it is announced
 * @param previousStatus the status before a {@link ChangeKind#STATUS_CHANGED} change; {@code null}
 *     for {@link ChangeKind#NEW}
 * @param commitVersion the Delta version that made the change
 * @param committedAt the time of that commit
 */
public record FindingChange(
    Finding finding,
    ChangeKind kind,
    FindingStatus previousStatus,
    long commitVersion,
    Instant committedAt) {

  /** Checks that a status change names a different previous status and a new finding none. */
  public FindingChange {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(committedAt, "committedAt");
    if (kind == ChangeKind.NEW && previousStatus != null) {
      throw new IllegalArgumentException(
          "A NEW finding has no previous status, got " + previousStatus);
    }
    if (kind == ChangeKind.STATUS_CHANGED
        && (previousStatus == null || previousStatus == finding.status())) {
      throw new IllegalArgumentException(
          "A STATUS_CHANGED finding needs a previous status other than " + finding.status());
    }
  }

  /** A finding that appeared in the commit. */
  public static FindingChange appeared(Finding finding, long commitVersion, Instant committedAt) {
    return new FindingChange(finding, ChangeKind.NEW, null, commitVersion, committedAt);
  }

  /** A finding whose status changed from {@code previousStatus} in the commit. */
  public static FindingChange statusChanged(
      Finding finding, FindingStatus previousStatus, long commitVersion, Instant committedAt) {
    return new FindingChange(
        finding, ChangeKind.STATUS_CHANGED, previousStatus, commitVersion, committedAt);
  }

  /** The finding's id. */
  public String id() {
    return finding.id();
  }

  /** The status after the change. */
  public FindingStatus status() {
    return finding.status();
  }

  /**
   * One line for people: {@code New public access}, {@code Cross-account access RESOLVED (was
   * ACTIVE)}, {@code Undecided access analysis}, …
   */
  public String headline() {
    Finding f = finding;
    String access =
        f.status() == FindingStatus.UNKNOWN && kind == ChangeKind.NEW
            ? "undecided access analysis"
            : f.isPublic() ? "public access" : "cross-account access";
    if (kind == ChangeKind.NEW) {
      return "New " + access;
    }
    return capitalize(access) + " " + f.status() + " (was " + previousStatus + ")";
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
