package dev.oaa.reasoning.analysis;

import java.util.List;
import java.util.Objects;

/** The external accesses of one resource policy, or why they could not all be decided. */
public sealed interface ExternalAccessResult
    permits ExternalAccessResult.Findings, ExternalAccessResult.Unknown {

  /** The findings established so far (all of them, for {@link Findings}). */
  List<ExternalFinding> findings();

  /** Every external access, one finding per principal and condition set. */
  record Findings(List<ExternalFinding> findings) implements ExternalAccessResult {
    public Findings {
      findings = List.copyOf(findings);
    }
  }

  /**
   * The solver gave up on some part: the findings found are listed, but others may exist. Never to
   * be read as "no external access".
   */
  record Unknown(String message, List<ExternalFinding> findings) implements ExternalAccessResult {
    public Unknown {
      Objects.requireNonNull(message, "message");
      findings = List.copyOf(findings);
    }
  }
}
