package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.Partition;
import dev.oaa.reasoning.smt.partition.StringPattern;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A string-valued part of the request (the action, the resource, the principal's ARN, a condition
 * key), partitioned into regions by the patterns the policies use on it.
 *
 * @param name the dimension's name in terms
 * @param presenceKey the key whose presence this dimension follows (see {@link RequestSpace})
 * @param partition the regions
 * @param patternIndex the index of each pattern in the partition
 * @param domain the regions of realistic values (a 12-digit account, a {@code service:Name}...)
 * @param multiValued whether a request may carry several values (a set of regions)
 * @param shapes the patterns that describe the domain rather than come from a policy
 */
public record StringDimension(
    String name,
    String presenceKey,
    Partition partition,
    Map<StringPattern, Integer> patternIndex,
    BitSet domain,
    boolean multiValued,
    java.util.Set<StringPattern> shapes) {
  public StringDimension {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(presenceKey, "presenceKey");
    Objects.requireNonNull(partition, "partition");
    patternIndex = Map.copyOf(patternIndex);
    domain = (BitSet) domain.clone();
    shapes = java.util.Set.copyOf(shapes);
  }

  /** Whether {@code pattern} is one of the domain's shapes rather than a pattern a policy used. */
  public boolean isShape(StringPattern pattern) {
    return shapes.contains(pattern);
  }

  @Override
  public BitSet domain() {
    return (BitSet) domain.clone();
  }

  /** The number of regions. */
  public int size() {
    return partition.regions().size();
  }

  /** The regions (within the domain) whose strings match {@code pattern}. */
  public BitSet regionsMatching(StringPattern pattern) {
    Integer index = patternIndex.get(pattern);
    if (index == null) {
      throw new IllegalArgumentException(
          "Pattern " + pattern + " was not collected for dimension " + name);
    }
    BitSet regions = partition.regionsMatching(index);
    regions.and(domain);
    return regions;
  }

  /** The regions (within the domain) matching any of the patterns. */
  public BitSet regionsMatchingAny(List<StringPattern> patterns) {
    BitSet regions = new BitSet();
    patterns.forEach(p -> regions.or(regionsMatching(p)));
    return regions;
  }

  /** The domain regions outside {@code regions}. */
  public BitSet complement(BitSet regions) {
    BitSet result = domain();
    result.andNot(regions);
    return result;
  }

  /** The witness string of a region. */
  public String witness(int region) {
    return partition.regions().get(region).witness();
  }
}
