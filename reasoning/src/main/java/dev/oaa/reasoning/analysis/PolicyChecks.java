package dev.oaa.reasoning.analysis;

import static dev.oaa.reasoning.smt.Terms.and;
import static dev.oaa.reasoning.smt.Terms.not;
import static dev.oaa.reasoning.smt.Terms.or;

import dev.oaa.reasoning.internal.Glob;
import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.smt.Attachment;
import dev.oaa.reasoning.smt.ConcreteRequest;
import dev.oaa.reasoning.smt.Dimensions;
import dev.oaa.reasoning.smt.Outcome;
import dev.oaa.reasoning.smt.PolicyCompiler;
import dev.oaa.reasoning.smt.PrincipalKind;
import dev.oaa.reasoning.smt.RefiningSolver;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.Solver;
import dev.oaa.reasoning.smt.Term;
import dev.oaa.reasoning.smt.Terms;
import dev.oaa.reasoning.smt.WitnessBuilder;
import dev.oaa.reasoning.smt.WitnessRepair;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The custom policy checks of AWS's API ({@code check-no-new-access}, {@code
 * check-access-not-granted}), decided over all requests by the SMT engine. Every FAIL carries a
 * witness that the concrete evaluator has confirmed; a solver that gives up yields UNKNOWN, never
 * PASS. An instance owns a solver: use it from one thread and close it.
 */
public final class PolicyChecks implements AutoCloseable {
  private final Solver solver;
  private final Replay replay;
  private final Duration timeout;
  private final UnaryOperator<String> actionSpelling;

  /**
   * Checks on {@code solver}, confirming witnesses with {@code replay}.
   *
   * @param timeout the solver's budget per query
   * @param actionSpelling the catalog spelling of a lower-case action (identity without catalog)
   */
  public PolicyChecks(
      Solver solver, Replay replay, Duration timeout, UnaryOperator<String> actionSpelling) {
    this.solver = new RefiningSolver(solver);
    this.replay = replay;
    this.timeout = timeout;
    this.actionSpelling = actionSpelling;
  }

  /**
   * PASS when {@code candidate} allows no request that {@code existing} does not allow; FAIL with
   * the statements of {@code candidate} that add access and a request it allows that {@code
   * existing} denies.
   */
  public CheckResult checkNoNewAccess(
      PolicyDocument existing, PolicyDocument candidate, PolicyType type) {
    Attachment attachment = attachment(type);
    Term notBefore = not(PolicyCompiler.allows(existing, attachment));
    Term noDeny = not(PolicyCompiler.anyApplies(candidate, Effect.DENY, attachment));
    return decide(
        "check-no-new-access",
        candidate,
        type,
        and(PolicyCompiler.allows(candidate, attachment), notBefore),
        s -> and(s, noDeny, notBefore),
        w -> replay.allows(candidate, type, w) && !replay.allows(existing, type, w),
        new Messages(
            "The modified permissions grant new access compared to your existing policy.",
            "The modified permissions do not grant new access compared to your existing policy.",
            "New access in the statement with index: %d."));
  }

  /**
   * FAIL when {@code policy} allows, under some condition, any of the listed accesses: an entry
   * with actions and resources means those actions on those resources; with only one of them, that
   * part on anything.
   */
  public CheckResult checkAccessNotGranted(
      PolicyDocument policy, List<Access> accesses, PolicyType type) {
    Term listed = or(accesses.stream().map(PolicyChecks::access).toList());
    Attachment attachment = attachment(type);
    Term noDeny = not(PolicyCompiler.anyApplies(policy, Effect.DENY, attachment));
    return decide(
        "check-access-not-granted",
        policy,
        type,
        and(PolicyCompiler.allows(policy, attachment), listed),
        s -> and(s, noDeny, listed),
        w -> replay.allows(policy, type, w) && listedAccess(accesses).test(w),
        new Messages(
            "The policy document grants access to perform one or more of the listed actions or"
                + " resources.",
            "The policy document does not grant access to perform the listed actions or"
                + " resources.",
            "One or more of the listed actions or resources in the statement with index: %d."));
  }

  /**
   * FAIL when {@code policy}, as the policy of a resource of {@code type}, lets anyone in: a caller
   * outside every account the policy names, not pinned by any restricting condition (see {@code
   * Outsiders}).
   */
  public CheckResult checkNoPublicAccess(PolicyDocument policy, ResourceType type) {
    // AWS-DIVERGENCE: none. Access Analyzer reports public access for any action a policy grants
    // to anyone, even one of another service (s3:* in an S3 Tables bucket policy is FAIL), so
    // the actions are not narrowed to the resource type's service.
    Term anyone = Outsiders.kinds();
    Term noDeny = not(PolicyCompiler.anyApplies(policy, Effect.DENY, Attachment.RESOURCE));
    return decide(
        "check-no-public-access",
        policy,
        PolicyType.RESOURCE_POLICY,
        and(PolicyCompiler.allows(policy, Attachment.RESOURCE), anyone),
        Outsiders::unpinned,
        s -> and(s, noDeny, anyone),
        w -> replay.allows(policy, PolicyType.RESOURCE_POLICY, w),
        new Messages(
            "The resource policy grants public access for the given resource type.",
            "The resource policy does not grant public access for the given resource type.",
            "Public access granted in the following statement with index: %d."));
  }

  /** The wording of one check. */
  private record Messages(String fail, String pass, String reason) {}

  private CheckResult decide(
      String check,
      PolicyDocument subject,
      PolicyType type,
      Term formula,
      UnaryOperator<Term> perStatement,
      Predicate<ConcreteRequest> confirms,
      Messages messages) {
    return decide(
        check, subject, type, formula, space -> Terms.TRUE, perStatement, confirms, messages);
  }

  private CheckResult decide(
      String check,
      PolicyDocument subject,
      PolicyType type,
      Term formula,
      Function<RequestSpace, Term> spaceFacts,
      UnaryOperator<Term> perStatement,
      Predicate<ConcreteRequest> confirms,
      Messages messages) {
    Term scoped = and(callerOf(type), formula);
    RequestSpace space = RequestSpace.of(List.of(scoped), RequestSpace.ARN_SHAPE);
    Term facts = spaceFacts.apply(space);
    Outcome outcome = solver.check(and(space.resolve(scoped), facts), space, timeout);
    if (outcome instanceof Outcome.Unsat) {
      return new CheckResult.Pass(messages.pass());
    }
    if (outcome instanceof Outcome.Unknown unknown) {
      return new CheckResult.Unknown(check + " could not be decided: " + unknown.reason());
    }
    ConcreteRequest witness =
        new WitnessBuilder(space, spelling(subject)).build(((Outcome.Sat) outcome).model());
    if (!confirms.test(witness) && !space.opaques().isEmpty()) {
      // Policy variables: choose context values that give each opaque match the solver's value.
      witness =
          WitnessRepair.repair(
              witness, space.opaqueFacts(), ((Outcome.Sat) outcome).model().opaques());
    }
    if (!confirms.test(witness)) {
      if (!space.opaques().isEmpty()) {
        return new CheckResult.Unknown(
            check
                + " could not be decided: the policies use policy variables in "
                + String.join(", ", space.opaques()));
      }
      throw new WitnessMismatchException(check, witness);
    }
    List<CheckResult.Reason> reasons = new ArrayList<>();
    List<Statement> statements = subject.statements();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (s.effect() != Effect.ALLOW) {
        continue;
      }
      Term statementFormula =
          and(
              callerOf(type),
              perStatement.apply(PolicyCompiler.applies(s, subject.version(), attachment(type))));
      Outcome o = solver.check(and(space.resolve(statementFormula), facts), space, timeout);
      if (!(o instanceof Outcome.Unsat)) {
        reasons.add(
            new CheckResult.Reason(String.format(Locale.ROOT, messages.reason(), i), i, s.sid()));
      }
    }
    return new CheckResult.Fail(messages.fail(), reasons, witness);
  }

  /** The catalog's spelling, else the spelling of a literal action in the checked policy. */
  private UnaryOperator<String> spelling(PolicyDocument policy) {
    Map<String, String> literal = new HashMap<>();
    policy.statements().stream()
        .flatMap(s -> s.action().patterns().stream())
        .filter(p -> !p.hasWildcard())
        .forEach(p -> literal.putIfAbsent(p.canonical(), p.text()));
    return action -> {
      String spelled = actionSpelling.apply(action);
      return spelled.equals(action) ? literal.getOrDefault(action, action) : spelled;
    };
  }

  private static Attachment attachment(PolicyType type) {
    return type == PolicyType.IDENTITY_POLICY ? Attachment.IDENTITY : Attachment.RESOURCE;
  }

  /** Identity policies belong to IAM users and roles; resource policies face every caller. */
  private static Term callerOf(PolicyType type) {
    return type == PolicyType.IDENTITY_POLICY
        ? Terms.kindIn(EnumSet.of(PrincipalKind.IAM_USER, PrincipalKind.ROLE_SESSION))
        : Terms.TRUE;
  }

  private static Term access(Access access) {
    Term actions =
        access.actions().isEmpty()
            ? Terms.TRUE
            : new Term.Matches(
                Dimensions.ACTION,
                Term.Mode.ANY,
                access.actions().stream().map(StringPattern::globIgnoringCase).toList(),
                false,
                false);
    Term resources =
        access.resources().isEmpty()
            ? Terms.TRUE
            : new Term.Matches(
                Dimensions.RESOURCE,
                Term.Mode.ANY,
                access.resources().stream().map(StringPattern::glob).toList(),
                false,
                false);
    return and(actions, resources);
  }

  /** The evaluator's side of the listed access: plain glob matching, independent of the SMT. */
  private static Predicate<ConcreteRequest> listedAccess(List<Access> accesses) {
    return w ->
        accesses.stream()
            .anyMatch(
                a ->
                    (a.actions().isEmpty()
                            || a.actions().stream()
                                .anyMatch(p -> Glob.matchesIgnoreCase(p, w.action())))
                        && (a.resources().isEmpty()
                            || a.resources().stream()
                                .anyMatch(p -> Glob.matches(p, w.resource()))));
  }

  @Override
  public void close() {
    solver.close();
  }
}
