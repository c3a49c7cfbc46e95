package dev.oaa.reasoning.smt;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A satisfying assignment of a {@link RequestSpace}, as the solver returned it: region ids rather
 * than strings. {@link WitnessBuilder} turns it into a concrete request.
 *
 * @param kind the principal's kind
 * @param present the presence names that are present
 * @param regions the regions of each present string dimension (one for single-valued ones)
 * @param numbers the value of each present number or date dimension (dates in epoch seconds)
 * @param bools the value of each present boolean dimension
 * @param ips the address of each present IP dimension, as {@code a.b.c.d} or IPv6 text
 * @param opaques the value the solver chose for each opaque fact
 * @param atoms for each present atomic dimension, the patterns its value must match (the others it
 *     must not)
 * @param realized for each present atomic dimension, a string with exactly those matches
 */
public record SymbolicModel(
    PrincipalKind kind,
    Set<String> present,
    Map<String, List<Integer>> regions,
    Map<String, BigDecimal> numbers,
    Map<String, Boolean> bools,
    Map<String, String> ips,
    Map<String, Boolean> opaques,
    Map<String, BitSet> atoms,
    Map<String, String> realized) {
  public SymbolicModel {
    Objects.requireNonNull(kind, "kind");
    present = Set.copyOf(present);
    regions = Map.copyOf(regions);
    numbers = Map.copyOf(numbers);
    bools = Map.copyOf(bools);
    ips = Map.copyOf(ips);
    opaques = Map.copyOf(opaques);
    atoms = Map.copyOf(atoms);
    realized = Map.copyOf(realized);
  }

  /** This model with the strings that realize its atomic dimensions. */
  public SymbolicModel withRealized(Map<String, String> strings) {
    return new SymbolicModel(kind, present, regions, numbers, bools, ips, opaques, atoms, strings);
  }
}
