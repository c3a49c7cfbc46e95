package dev.oaa.jobs.notify.change;

/** Why a finding is announced. */
public enum ChangeKind {
  /** The finding appeared in the table (an insert in the change feed). */
  NEW,
  /** An existing finding changed status (ACTIVE to RESOLVED, RESOLVED to ACTIVE, to ARCHIVED…). */
  STATUS_CHANGED
}
