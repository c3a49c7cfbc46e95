package dev.oaa.reasoning.analysis;

import dev.oaa.reasoning.policy.ActionPattern;
import dev.oaa.reasoning.policy.Statement;
import dev.oaa.reasoning.smt.Dimensions;
import dev.oaa.reasoning.smt.Outcome;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.Solver;
import dev.oaa.reasoning.smt.StringDimension;
import dev.oaa.reasoning.smt.Term;
import dev.oaa.reasoning.smt.Terms;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The concrete actions of a finding: the action regions a formula allows, enumerated by solving and
 * excluding each region found, then the catalog actions that fall in them (or, without a catalog,
 * the statement's own action patterns that reach them).
 */
final class Actions {
  /** Regions enumerated per finding before the rest are listed by pattern. */
  private static final int MAX_REGIONS = 512;

  private final Solver solver;
  private final RequestSpace space;
  private final Duration timeout;
  private final ActionUniverse universe;
  private final ResourceType type;

  Actions(
      Solver solver,
      RequestSpace space,
      Duration timeout,
      ActionUniverse universe,
      ResourceType type) {
    this.solver = solver;
    this.space = space;
    this.timeout = timeout;
    this.universe = universe;
    this.type = type;
  }

  /** The actions that {@code formula} (a finding's resolved formula) allows. */
  List<String> allowed(Term formula, Statement statement) {
    if (space.atomics().containsKey(Dimensions.ACTION)) {
      return byCandidate(formula, statement);
    }
    StringDimension actions = space.string(Dimensions.ACTION);
    BitSet regions = new BitSet();
    for (int round = 0; round < MAX_REGIONS; round++) {
      Term more = Terms.and(formula, Terms.not(Terms.intersects(Dimensions.ACTION, regions)));
      Outcome o = solver.check(more, space, timeout);
      if (!(o instanceof Outcome.Sat sat)) {
        break;
      }
      sat.model().regions().get(Dimensions.ACTION).forEach(regions::set);
    }
    List<String> result = new ArrayList<>();
    for (String action : candidates(statement)) {
      int region =
          actions.partition().regionOf(action.toLowerCase(Locale.ROOT), StringPattern.glob("*"));
      if (region >= 0 && regions.get(region)) {
        result.add(action);
      }
    }
    if (result.isEmpty()) {
      // No catalog action falls there (or no catalog): name the regions by their witnesses.
      regions.stream().forEach(r -> result.add(actions.witness(r)));
    }
    return result;
  }

  /** Atomic action dimensions: one check per candidate action. */
  private List<String> byCandidate(Term formula, Statement statement) {
    List<String> result = new ArrayList<>();
    for (String action : candidates(statement)) {
      Term pinned =
          Terms.and(
              formula,
              space.resolve(
                  new Term.Matches(
                      Dimensions.ACTION,
                      Term.Mode.ANY,
                      List.of(StringPattern.literal(action.toLowerCase(Locale.ROOT))),
                      false,
                      false)));
      if (solver.check(pinned, space, timeout) instanceof Outcome.Sat) {
        result.add(action);
      }
    }
    return result;
  }

  /**
   * The actions a statement may grant: the catalog's actions of the services it names (or of the
   * resource type's service for {@code *}), else its own literal actions.
   */
  private List<String> candidates(Statement statement) {
    Set<String> services = new LinkedHashSet<>(type.servicePrefixes());
    Set<String> literals = new LinkedHashSet<>();
    for (ActionPattern p : statement.action().patterns()) {
      if (!p.service().contains("*") && !p.service().contains("?")) {
        services.add(p.service());
      }
      if (!p.hasWildcard()) {
        literals.add(p.text());
      }
    }
    List<String> all = new ArrayList<>();
    services.forEach(s -> all.addAll(universe.actions(s)));
    return all.isEmpty() ? List.copyOf(literals) : all;
  }
}
