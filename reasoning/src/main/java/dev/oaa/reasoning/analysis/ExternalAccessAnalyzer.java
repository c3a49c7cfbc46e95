package dev.oaa.reasoning.analysis;

import static dev.oaa.reasoning.smt.Terms.and;
import static dev.oaa.reasoning.smt.Terms.not;
import static dev.oaa.reasoning.smt.Terms.or;

import dev.oaa.reasoning.policy.Effect;
import dev.oaa.reasoning.policy.PolicyDocument;
import dev.oaa.reasoning.policy.Principal;
import dev.oaa.reasoning.policy.PrincipalClause;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Access Analyzer's external access analysis of one resource policy: every access that a principal
 * outside the zone of trust has, one finding per (principal, restricting conditions), with the
 * actions, whether anyone can use it, and a witness the evaluator confirms.
 *
 * <p>The search is stratified by the policy's own vocabulary: each Allow statement and each
 * principal it names (an account, an ARN, {@code *}, a service, a provider) is one candidate; the
 * solver decides whether a caller of that stratum from outside the zone gets through the whole
 * policy (Deny statements included). A caller the policy does not name is a fresh value of the
 * {@code *} stratum. Every access allowed from outside falls in some candidate, so nothing is
 * missed; a finding is reported only once a concrete request for it has replayed.
 */
public final class ExternalAccessAnalyzer implements AutoCloseable {
  private final Solver solver;
  private final Replay replay;
  private final Duration timeout;
  private final ActionUniverse universe;

  /** An analyzer on {@code solver} (owned and closed here), confirming witnesses with replay. */
  public ExternalAccessAnalyzer(
      Solver solver, Replay replay, Duration timeout, ActionUniverse universe) {
    this.solver = new RefiningSolver(solver);
    this.replay = replay;
    this.timeout = timeout;
    this.universe = universe;
  }

  /** The external accesses that {@code policy}, attached to {@code resourceArn}, grants. */
  public ExternalAccessResult analyze(
      PolicyDocument policy, ResourceType type, String resourceArn, ZoneOfTrust zone) {
    Term noDeny = not(PolicyCompiler.anyApplies(policy, Effect.DENY, Attachment.RESOURCE));
    Term scope = and(Zone.outside(zone), onResource(resourceArn), noDeny);
    List<Candidate> candidates = candidates(policy);
    FindingCollector findings = new FindingCollector();
    Optional<String> unknown = Optional.empty();
    for (Candidate c : candidates) {
      // Each candidate gets its own space: only its statement's and the Deny statements'
      // patterns are partitioned, which keeps the regions few.
      Term candidate = and(c.term(), scope);
      RequestSpace space =
          RequestSpace.of(List.of(candidate, Outsiders.kinds()), RequestSpace.ARN_SHAPE);
      Term formula = space.resolve(candidate);
      Outcome outcome = solver.check(formula, space, timeout);
      if (outcome instanceof Outcome.Unknown u) {
        unknown = Optional.of("statement " + c.statement() + ": " + u.reason());
        continue;
      }
      if (outcome instanceof Outcome.Sat sat) {
        ConcreteRequest witness = confirmed(policy, space, sat, zone);
        Actions actions = new Actions(solver, space, timeout, universe, type);
        List<String> granted = actions.allowed(formula, policy.statements().get(c.statement()));
        Term anyone = and(space.resolve(Outsiders.kinds()), Outsiders.unpinned(space));
        Outcome open = solver.check(and(formula, anyone), space, timeout);
        findings.add(c, granted, open instanceof Outcome.Sat, witness);
      }
    }
    return unknown.isPresent()
        ? new ExternalAccessResult.Unknown(
            "External access could not be fully decided: " + unknown.get(), findings.all())
        : new ExternalAccessResult.Findings(findings.all());
  }

  /** The witness of a model, repaired for policy variables, once the evaluator confirms it. */
  private ConcreteRequest confirmed(
      PolicyDocument policy, RequestSpace space, Outcome.Sat sat, ZoneOfTrust zone) {
    ConcreteRequest witness = new WitnessBuilder(space, universe::spell).build(sat.model());
    if (!replays(policy, witness, zone) && !space.opaques().isEmpty()) {
      witness = WitnessRepair.repair(witness, space.opaqueFacts(), sat.model().opaques());
    }
    if (!replays(policy, witness, zone)) {
      throw new WitnessMismatchException("external access analysis", witness);
    }
    return witness;
  }

  private boolean replays(PolicyDocument policy, ConcreteRequest witness, ZoneOfTrust zone) {
    boolean outside = !witness.kind().isAwsIdentity() || !zone.contains(witness.account());
    return outside && replay.allows(policy, PolicyType.RESOURCE_POLICY, witness);
  }

  /** The resource itself, or (for buckets and the like) anything under it. */
  private static Term onResource(String arn) {
    return new Term.Matches(
        Dimensions.RESOURCE,
        Term.Mode.ANY,
        List.of(
            StringPattern.literal(arn),
            StringPattern.literal(arn + "/").then(StringPattern.glob("*"))),
        false,
        false);
  }

  /** One Allow statement and one principal it names. */
  record Candidate(
      int statement,
      Map<String, String> principal,
      Term term,
      Map<String, List<String>> condition) {}

  private static List<Candidate> candidates(PolicyDocument policy) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < policy.statements().size(); i++) {
      Statement s = policy.statements().get(i);
      if (s.effect() != Effect.ALLOW) {
        continue;
      }
      Term applies = PolicyCompiler.applies(s, policy.version(), Attachment.RESOURCE);
      Map<String, List<String>> condition = Restrictions.of(s);
      if (s.principal() instanceof PrincipalClause.Principals p) {
        for (Principal principal : p.values()) {
          candidates.add(
              new Candidate(
                  i,
                  label(principal),
                  and(applies, PolicyCompiler.principalTerm(principal)),
                  condition));
        }
      } else if (s.principal() instanceof PrincipalClause.NotPrincipals) {
        candidates.add(new Candidate(i, Map.of("AWS", "*"), applies, condition));
      }
    }
    return candidates;
  }

  private static Map<String, String> label(Principal p) {
    return Map.of(p.type(), p.value());
  }

  @Override
  public void close() {
    solver.close();
  }

  /** Findings merged by (principal, condition): actions and statements unite. */
  private static final class FindingCollector {
    private final Map<List<Object>, ExternalFinding> merged = new LinkedHashMap<>();

    void add(Candidate c, List<String> actions, boolean isPublic, ConcreteRequest witness) {
      List<Object> key = List.of(c.principal(), c.condition());
      ExternalFinding previous = merged.get(key);
      if (previous == null) {
        merged.put(
            key,
            new ExternalFinding(
                c.principal(),
                sorted(actions),
                c.condition(),
                isPublic,
                List.of(c.statement()),
                witness));
        return;
      }
      List<String> all = new ArrayList<>(previous.actions());
      all.addAll(actions);
      List<Integer> statements = new ArrayList<>(previous.statements());
      if (!statements.contains(c.statement())) {
        statements.add(c.statement());
      }
      merged.put(
          key,
          new ExternalFinding(
              c.principal(),
              sorted(all),
              c.condition(),
              previous.isPublic() || isPublic,
              statements,
              previous.witness()));
    }

    List<ExternalFinding> all() {
      return List.copyOf(merged.values());
    }

    private static List<String> sorted(List<String> actions) {
      return actions.stream().distinct().sorted().toList();
    }
  }

  /** Terms for "outside the zone of trust". */
  static final class Zone {
    private Zone() {}

    static Term outside(ZoneOfTrust zone) {
      List<StringPattern> accounts =
          zone.accounts().stream().map(PolicyCompiler::callersOf).toList();
      Term awsOutside =
          and(
              Terms.kindIn(
                  java.util.EnumSet.of(
                      PrincipalKind.ACCOUNT_ROOT,
                      PrincipalKind.IAM_USER,
                      PrincipalKind.ROLE_SESSION)),
              not(new Term.Matches(Dimensions.PRINCIPAL, Term.Mode.ANY, accounts, false, false)),
              zone.organizationId().isEmpty()
                  ? Terms.TRUE
                  : not(
                      matches(
                          "aws:principalorgid",
                          List.of(StringPattern.literal(zone.organizationId())))));
      List<StringPattern> literalAccounts =
          zone.accounts().stream().map(StringPattern::literal).toList();
      List<StringPattern> arnsInZone =
          zone.accounts().stream()
              .map(a -> StringPattern.arnGlob("arn:*:*:*:" + a + ":*"))
              .toList();
      Term serviceOutside =
          and(
              new Term.KindIs(PrincipalKind.SERVICE),
              not(matches("aws:sourceaccount", literalAccounts)),
              not(matches("aws:sourceowner", literalAccounts)),
              not(matches("aws:sourcearn", arnsInZone)),
              zone.organizationId().isEmpty()
                  ? Terms.TRUE
                  : not(
                      matches(
                          "aws:sourceorgid",
                          List.of(StringPattern.literal(zone.organizationId())))));
      List<StringPattern> ownProviders =
          zone.accounts().stream()
              .map(
                  a ->
                      StringPattern.literal("arn:aws:iam::" + a + ":saml-provider/")
                          .then(StringPattern.glob("*")))
              .toList();
      Term federatedOutside =
          and(
              new Term.KindIs(PrincipalKind.FEDERATED),
              not(
                  new Term.Matches(
                      Dimensions.FEDERATED, Term.Mode.ANY, ownProviders, false, false)));
      return or(
          awsOutside, serviceOutside, federatedOutside, new Term.KindIs(PrincipalKind.ANONYMOUS));
    }

    private static Term matches(String key, List<StringPattern> patterns) {
      return new Term.Matches("s:" + key, Term.Mode.ANY, patterns, false, false);
    }
  }
}
