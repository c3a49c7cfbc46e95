package dev.oaa.jobs.io;

import java.util.OptionalLong;

/**
 * What {@link FindingsSink#merge} wrote: the Delta version it committed (empty when nothing
 * changed, and then nothing was committed), and how many findings it inserted, updated (status,
 * content or analysis time of a finding seen again) and resolved.
 */
public record MergeResult(OptionalLong version, long inserted, long updated, long resolved) {

  /** Nothing written. */
  public static final MergeResult UNCHANGED = new MergeResult(OptionalLong.empty(), 0, 0, 0);
}
