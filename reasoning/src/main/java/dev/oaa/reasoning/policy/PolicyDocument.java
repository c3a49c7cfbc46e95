package dev.oaa.reasoning.policy;

import java.util.List;
import java.util.Objects;

/**
 * An IAM policy document: identity, resource, trust, SCP, RCP, boundary or session policy.
 *
 * @param version the language version
 * @param id the {@code Id} element, or the empty string when absent
 * @param statements the statements, in document order
 */
public record PolicyDocument(PolicyVersion version, String id, List<Statement> statements) {
  public PolicyDocument {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(id, "id");
    statements = List.copyOf(statements);
  }

  /** A 2012-10-17 document without Id. */
  public static PolicyDocument of(List<Statement> statements) {
    return new PolicyDocument(PolicyVersion.V2012_10_17, "", statements);
  }
}
