package dev.oaa.reasoning.smt;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A concrete request read off a solver model: the witness that the evaluator replays.
 *
 * @param kind the caller's kind
 * @param principal the caller: an IAM ARN (for a role session, the session's {@code
 *     arn:aws:sts::...:assumed-role/...} ARN), a service or provider name, or {@code ""} when
 *     anonymous
 * @param roleArn the role of a role session, else {@code ""}
 * @param action the action, as {@code service:Name}
 * @param resource the resource ARN
 * @param context the condition keys set by the request (lower-case names), with their values
 */
public record ConcreteRequest(
    PrincipalKind kind,
    String principal,
    String roleArn,
    String action,
    String resource,
    Map<String, List<String>> context) {
  public ConcreteRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(roleArn, "roleArn");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    context = Map.copyOf(context);
  }

  /** The caller's 12-digit account, or {@code ""} for services, providers and anonymous calls. */
  public String account() {
    String[] parts = (roleArn.isEmpty() ? principal : roleArn).split(":", 6);
    return kind.isAwsIdentity() && parts.length == 6 ? parts[4] : "";
  }
}
