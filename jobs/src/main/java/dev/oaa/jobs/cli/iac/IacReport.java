package dev.oaa.jobs.cli.iac;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oaa.reasoning.analysis.CheckResult;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import dev.oaa.reasoning.policy.PolicyDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON report of one check over the policies of a template or plan, in the shape that
 * cfn-policy-validator and terraform-iam-policy-validator print: {@code {"BlockingFindings": [...],
 * "NonBlockingFindings": [...]}}, each finding {@code {"findingType", "code", "message",
 * "resourceName", "policyName", "details"}}. Nothing is lost: every policy that does not PASS
 * appears.
 *
 * <table>
 *   <caption>Findings</caption>
 *   <tr><th>case</th><th>list</th><th>findingType</th><th>code</th><th>details</th></tr>
 *   <tr><td>FAIL</td><td>blocking</td><td>SECURITY_WARNING</td>
 *       <td>{@code policy-analysis-CheckNoPublicAccess} (or {@code -CheckNoNewAccess}, {@code
 *       -CheckAccessNotGranted}), as AWS</td>
 *       <td>{@code result}, {@code message}, {@code reasons} ({@code description}, {@code
 *       statementIndex}, {@code statementId} when the statement has a Sid), {@code witness}</td></tr>
 *   <tr><td>UNKNOWN (the solver gave up)</td><td>blocking</td><td>ERROR</td>
 *       <td>{@code policy-analysis-Unknown}</td><td>{@code result}, {@code message}, {@code
 *       reasons} (empty)</td></tr>
 *   <tr><td>policy known only at deployment</td><td>blocking</td><td>ERROR</td>
 *       <td>{@code unresolvable-policy}</td><td>{@code reason}</td></tr>
 *   <tr><td>policy IAM would reject</td><td>blocking</td><td>ERROR</td>
 *       <td>{@code invalid-policy}</td><td>{@code reason}</td></tr>
 *   <tr><td>the check failed to run</td><td>blocking</td><td>ERROR</td>
 *       <td>{@code policy-analysis-Error}</td><td>{@code reason}</td></tr>
 *   <tr><td>the check does not apply</td><td>non-blocking</td><td>WARNING</td>
 *       <td>{@code policy-analysis-NotApplicable}</td><td>{@code reason}</td></tr>
 *   <tr><td>PASS</td><td colspan="4">no finding, as AWS's validators</td></tr>
 * </table>
 */
public final class IacReport {
  /** The code of an UNKNOWN result. */
  public static final String UNKNOWN = "policy-analysis-Unknown";

  /** The code of a policy known only at deployment. */
  public static final String UNRESOLVABLE = "unresolvable-policy";

  /** The code of a policy IAM would reject. */
  public static final String INVALID = "invalid-policy";

  /** The code of a check that failed to run. */
  public static final String ERROR = "policy-analysis-Error";

  /** The code of a check that does not apply to the policy. */
  public static final String NOT_APPLICABLE = "policy-analysis-NotApplicable";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * One policy and what the check gave for it. For a policy that is not {@link
   * PolicyContent.Parsed}, the report shows its content and ignores the outcome.
   */
  public record Entry(ExtractedPolicy policy, Outcome outcome) {
    public Entry {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(outcome, "outcome");
    }
  }

  private record Finding(boolean blocking, ObjectNode json) {}

  private final IacCheck check;
  private final Function<CheckResult.Fail, ObjectNode> witness;

  private IacReport(IacCheck check, Function<CheckResult.Fail, ObjectNode> witness) {
    this.check = check;
    this.witness = witness;
  }

  /**
   * Runs {@code check} on {@code policy} when it was parsed. An {@link AccessAnalyzerException}
   * from the check becomes {@link Outcome.Errored}; an unparsed policy gets a not-applicable
   * outcome, which {@link #render} replaces by its content.
   */
  public static Entry evaluate(
      ExtractedPolicy policy, Function<PolicyDocument, CheckResult> check) {
    Optional<PolicyDocument> document = policy.document();
    if (document.isEmpty()) {
      return new Entry(policy, Outcome.notApplicable("the policy was not extracted"));
    }
    try {
      return new Entry(policy, Outcome.of(check.apply(document.get())));
    } catch (AccessAnalyzerException e) {
      return new Entry(policy, Outcome.error(e.getMessage()));
    }
  }

  /**
   * The report of {@code check} over {@code entries}, findings in entry order.
   *
   * @param witness renders the witness of a FAIL, placed in {@code details.witness}
   */
  public static ObjectNode render(
      IacCheck check, List<Entry> entries, Function<CheckResult.Fail, ObjectNode> witness) {
    IacReport report = new IacReport(check, witness);
    ObjectNode root = NODES.objectNode();
    ArrayNode blocking = root.putArray("BlockingFindings");
    ArrayNode nonBlocking = root.putArray("NonBlockingFindings");
    for (Entry entry : entries) {
      report.finding(entry).ifPresent(f -> (f.blocking() ? blocking : nonBlocking).add(f.json()));
    }
    return root;
  }

  private Optional<Finding> finding(Entry entry) {
    ExtractedPolicy policy = entry.policy();
    return policy
        .content()
        .accept(
            new PolicyContent.Visitor<Optional<Finding>>() {
              @Override
              public Optional<Finding> visitParsed(PolicyContent.Parsed parsed) {
                return outcome(policy, entry.outcome());
              }

              @Override
              public Optional<Finding> visitUnresolvable(PolicyContent.Unresolvable u) {
                return Optional.of(problem(policy, "ERROR", UNRESOLVABLE, u.reason(), true));
              }

              @Override
              public Optional<Finding> visitInvalid(PolicyContent.Invalid invalid) {
                return Optional.of(problem(policy, "ERROR", INVALID, invalid.reason(), true));
              }
            });
  }

  private Optional<Finding> outcome(ExtractedPolicy policy, Outcome outcome) {
    return outcome.accept(
        new Outcome.Visitor<Optional<Finding>>() {
          @Override
          public Optional<Finding> visitChecked(Outcome.Checked checked) {
            return result(policy, checked.result());
          }

          @Override
          public Optional<Finding> visitErrored(Outcome.Errored errored) {
            return Optional.of(problem(policy, "ERROR", ERROR, errored.message(), true));
          }

          @Override
          public Optional<Finding> visitNotApplicable(Outcome.NotApplicable n) {
            return Optional.of(problem(policy, "WARNING", NOT_APPLICABLE, n.reason(), false));
          }
        });
  }

  private Optional<Finding> result(ExtractedPolicy policy, CheckResult result) {
    return switch (result.verdict()) {
      case PASS -> Optional.empty();
      case FAIL -> Optional.of(failure(policy, (CheckResult.Fail) result));
      case UNKNOWN ->
          Optional.of(finding(policy, "ERROR", UNKNOWN, result, details(result, List.of())));
    };
  }

  private Finding failure(ExtractedPolicy policy, CheckResult.Fail fail) {
    ObjectNode details = details(fail, fail.reasons());
    details.set("witness", Objects.requireNonNull(witness.apply(fail), "witness"));
    return finding(policy, "SECURITY_WARNING", check.code(), fail, details);
  }

  private static ObjectNode details(CheckResult result, List<CheckResult.Reason> reasons) {
    ObjectNode details = NODES.objectNode();
    details.put("result", result.verdict().name());
    details.put("message", result.message());
    ArrayNode array = details.putArray("reasons");
    for (CheckResult.Reason reason : reasons) {
      ObjectNode json = array.addObject();
      json.put("description", reason.description());
      json.put("statementIndex", reason.statementIndex());
      if (!reason.statementId().isEmpty()) {
        json.put("statementId", reason.statementId());
      }
    }
    return details;
  }

  private static Finding finding(
      ExtractedPolicy policy, String type, String code, CheckResult result, ObjectNode details) {
    return new Finding(true, json(policy, type, code, result.message(), details));
  }

  /** A finding about the policy rather than a check result, with its reason as the message. */
  private static Finding problem(
      ExtractedPolicy policy, String type, String code, String reason, boolean blocking) {
    ObjectNode details = NODES.objectNode().put("reason", reason);
    return new Finding(blocking, json(policy, type, code, reason, details));
  }

  private static ObjectNode json(
      ExtractedPolicy policy, String type, String code, String message, ObjectNode details) {
    ObjectNode json = NODES.objectNode();
    json.put("findingType", type);
    json.put("code", code);
    json.put("message", message);
    json.put("resourceName", policy.resourceName());
    json.put("policyName", policy.policyName());
    json.set("details", details);
    return json;
  }
}
