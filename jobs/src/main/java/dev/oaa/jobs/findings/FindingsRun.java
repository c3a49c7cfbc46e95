package dev.oaa.jobs.findings;

import java.time.Instant;
import java.util.Objects;

/**
 * Who wrote findings and as of when: the analyzer ({@code external}), the analysis time that every
 * timestamp of the run takes, and the run id recorded in {@code run_id}.
 */
public record FindingsRun(String analyzer, Instant asOf, String runId) {

  /** Validates that no component is null or blank. */
  public FindingsRun {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(runId, "runId");
    if (analyzer.isBlank() || runId.isBlank()) {
      throw new IllegalArgumentException("analyzer and runId must not be blank");
    }
  }
}
