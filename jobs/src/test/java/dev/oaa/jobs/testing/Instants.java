package dev.oaa.jobs.testing;

import java.time.Instant;

/** The analysis times of the findings tests: three nightly runs. */
public final class Instants {
  public static final Instant T0 = Instant.parse("2026-01-01T02:00:00Z");
  public static final Instant T1 = Instant.parse("2026-01-02T02:00:00Z");
  public static final Instant T2 = Instant.parse("2026-01-03T02:00:00Z");

  private Instants() {}
}
