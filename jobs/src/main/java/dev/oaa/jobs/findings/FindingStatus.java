package dev.oaa.jobs.findings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of a finding, stored by name in the {@code status} column.
 *
 * <ul>
 *   <li>{@link #ACTIVE}: the access exists and nobody has archived it;
 *   <li>{@link #ARCHIVED}: the access exists and is intended (archived by a user or an archive
 *       rule); it stays archived across runs;
 *   <li>{@link #RESOLVED}: a later run no longer found the access;
 *   <li>{@link #UNKNOWN}: the solver gave up on the resource's policy; never read as "no access".
 * </ul>
 */
public enum FindingStatus {
  ACTIVE,
  ARCHIVED,
  RESOLVED,
  UNKNOWN;

  /** The status named exactly {@code name} (upper case, as stored), if any. */
  public static Optional<FindingStatus> parse(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
  }
}
