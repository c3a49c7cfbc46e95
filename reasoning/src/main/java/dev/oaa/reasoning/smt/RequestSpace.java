package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.Partition;
import dev.oaa.reasoning.smt.partition.PartitionTooLargeException;
import dev.oaa.reasoning.smt.partition.StringPattern;
import dev.oaa.reasoning.smt.partition.StringPattern.CharClass;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The symbolic request of one analysis: the dimensions that the formulas under analysis talk about,
 * each string dimension partitioned by exactly the patterns those formulas use. Built from the
 * compiled formulas ({@link #of}), it resolves their pattern atoms into region sets ({@link
 * #resolve}) and states the facts every real request satisfies ({@link #constraints}).
 */
public final class RequestSpace {
  /** {@code service:action}: no colon inside either part. */
  public static final StringPattern ACTION_SHAPE =
      StringPattern.oneOrMore(CharClass.NOT_COLON)
          .then(StringPattern.literal(":"))
          .then(StringPattern.oneOrMore(CharClass.NOT_COLON));

  /** An ARN: six fields, the first five without colons. */
  public static final StringPattern ARN_SHAPE = StringPattern.arnGlob("arn:*:*:*:*:*");

  private static final StringPattern NAME = StringPattern.oneOrMore(CharClass.NOT_COLON);
  private static final StringPattern ANY = StringPattern.glob("*");

  /** Product states a dimension's exact partition may take before it becomes atomic. */
  static final int EXACT_PARTITION_STATES = 20_000;

  private final Map<String, StringDimension> strings;
  private final Map<String, AtomicDimension> atomics;
  private final Set<String> numbers;
  private final Set<String> dates;
  private final Set<String> bools;
  private final Set<String> ips;
  private final Set<String> presences;
  private final Set<String> opaques;
  private final Map<String, OpaqueFact> facts;

  private RequestSpace(
      Collector c, Map<String, StringDimension> strings, Map<String, AtomicDimension> atomics) {
    this.strings = Map.copyOf(strings);
    this.atomics = Map.copyOf(atomics);
    this.numbers = Set.copyOf(c.numbers);
    this.dates = Set.copyOf(c.dates);
    this.bools = Set.copyOf(c.bools);
    this.ips = Set.copyOf(c.ips);
    this.opaques = Set.copyOf(c.opaques);
    this.facts = Map.copyOf(c.facts);
    Set<String> all = new TreeSet<>(c.presences);
    strings.keySet().forEach(d -> all.add(Dimensions.presenceOf(d)));
    atomics.keySet().forEach(d -> all.add(Dimensions.presenceOf(d)));
    for (Set<String> dims : List.of(c.numbers, c.dates, c.bools, c.ips)) {
      dims.forEach(d -> all.add(Dimensions.presenceOf(d)));
    }
    this.presences = Set.copyOf(all);
  }

  /**
   * The space of the given formulas, with resources drawn from {@code resourceShape} (for instance
   * {@link #ARN_SHAPE}, or the ARN format of one resource type).
   */
  public static RequestSpace of(List<Term> formulas, StringPattern resourceShape) {
    return build(formulas, resourceShape, false);
  }

  /**
   * The same space with every single-valued string dimension atomic, whatever its size: the
   * refinement path on small inputs, for tests that compare it with the evaluator.
   */
  static RequestSpace allAtomic(List<Term> formulas, StringPattern resourceShape) {
    return build(formulas, resourceShape, true);
  }

  private static RequestSpace build(
      List<Term> formulas, StringPattern resourceShape, boolean forceAtomic) {
    Collector c = new Collector();
    formulas.forEach(c::collect);
    Map<String, List<StringPattern>> shapes = new LinkedHashMap<>();
    shapes.put(Dimensions.ACTION, List.of(ACTION_SHAPE));
    shapes.put(Dimensions.RESOURCE, List.of(resourceShape));
    shapes.put(
        Dimensions.PRINCIPAL,
        List.of(
            PrincipalPatterns.ROOT_SHAPE,
            PrincipalPatterns.USER_SHAPE,
            PrincipalPatterns.ROLE_SHAPE));
    shapes.put(Dimensions.SESSION, List.of(NAME));
    shapes.put(Dimensions.SERVICE, List.of(NAME));
    // Providers are host names or ARNs (arn:aws:iam::<account>:oidc-provider/...): colons allowed.
    shapes.put(Dimensions.FEDERATED, List.of(StringPattern.oneOrMore(CharClass.ANY)));
    shapes.keySet().forEach(d -> c.patterns.computeIfAbsent(d, k -> new LinkedHashSet<>()));
    Map<String, StringDimension> strings = new HashMap<>();
    Map<String, AtomicDimension> atomics = new HashMap<>();
    c.patterns.forEach(
        (name, patterns) -> {
          List<StringPattern> dimensionShapes = shapes.getOrDefault(name, List.of(ANY));
          boolean multiValued = c.multiValued.contains(name);
          try {
            if (!multiValued
                && (forceAtomic || internalWildcards(patterns) > MAX_INTERNAL_WILDCARDS)) {
              throw new PartitionTooLargeException(patterns.size(), 0);
            }
            strings.put(name, dimension(name, patterns, dimensionShapes, multiValued));
          } catch (PartitionTooLargeException e) {
            if (multiValued) {
              throw e; // sets of values need regions; the check answers UNKNOWN
            }
            atomics.put(name, atomic(name, patterns, dimensionShapes));
          }
        });
    return new RequestSpace(c, strings, atomics);
  }

  /**
   * Patterns with a wildcard before their end (such as {@code a/x*y/b}) can overlap in
   * combinatorially many ways; past this many, a dimension goes atomic without trying its exact
   * partition.
   */
  static final int MAX_INTERNAL_WILDCARDS = 12;

  private static long internalWildcards(Set<StringPattern> patterns) {
    return patterns.stream()
        .filter(
            p -> {
              List<StringPattern.Token> tokens = p.tokens();
              for (int i = 0; i < tokens.size() - 1; i++) {
                if (tokens.get(i).repeats()) {
                  return true;
                }
              }
              return false;
            })
        .count();
  }

  private static AtomicDimension atomic(
      String name, Set<StringPattern> used, List<StringPattern> shapes) {
    List<StringPattern> all = new ArrayList<>(used);
    BitSet shapeIndexes = new BitSet();
    for (StringPattern shape : shapes) {
      int i = all.indexOf(shape);
      if (i < 0) {
        i = all.size();
        all.add(shape);
      }
      shapeIndexes.set(i);
    }
    Map<StringPattern, Integer> index = new HashMap<>();
    BitSet pinned = new BitSet();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i), i);
      if (used.contains(all.get(i)) && Pinning.pins(all.get(i))) {
        pinned.set(i);
      }
    }
    return new AtomicDimension(name, Dimensions.presenceOf(name), all, index, shapeIndexes, pinned);
  }

  private static StringDimension dimension(
      String name, Set<StringPattern> used, List<StringPattern> shapes, boolean multiValued) {
    List<StringPattern> all = new ArrayList<>(used);
    for (StringPattern shape : shapes) {
      if (!all.contains(shape)) {
        all.add(shape);
      }
    }
    Partition partition = Partition.of(all, ANY, EXACT_PARTITION_STATES);
    Map<StringPattern, Integer> index = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i), i);
    }
    BitSet domain = new BitSet();
    for (StringPattern shape : shapes) {
      domain.or(partition.regionsMatching(index.get(shape)));
    }
    Set<StringPattern> shapePatterns = new java.util.HashSet<>(shapes);
    shapePatterns.removeAll(used);
    return new StringDimension(
        name, Dimensions.presenceOf(name), partition, index, domain, multiValued, shapePatterns);
  }

  /** The formula with its pattern atoms turned into region sets (or atoms, for atomic ones). */
  public Term resolve(Term t) {
    if (t instanceof Term.Matches m && atomics.containsKey(m.dimension())) {
      AtomicDimension d = atomics.get(m.dimension());
      Term any = Terms.or(m.patterns().stream().map(d::atom).toList());
      return m.complement() ? Terms.and(Terms.present(d.presenceKey()), Terms.not(any)) : any;
    }
    if (t instanceof Term.Matches m) {
      StringDimension d = string(m.dimension());
      BitSet regions = d.regionsMatchingAny(m.patterns());
      if (m.complement()) {
        regions = d.complement(regions);
      }
      return m.mode() == Term.Mode.ANY
          ? Terms.intersects(m.dimension(), regions)
          : Terms.subsetOf(m.dimension(), regions);
    }
    if (t instanceof Term.Not n) {
      return Terms.not(resolve(n.operand()));
    }
    if (t instanceof Term.And a) {
      return Terms.and(a.operands().stream().map(this::resolve).toList());
    }
    if (t instanceof Term.Or o) {
      return Terms.or(o.operands().stream().map(this::resolve).toList());
    }
    return t;
  }

  /**
   * Facts of every real request: the principal's ARN has the shape of its kind (a role session's
   * ARN is its role's), and identity keys belong to AWS identities.
   */
  public List<Term> constraints() {
    List<Term> facts = new ArrayList<>();
    facts.add(kindHasShape(PrincipalKind.ACCOUNT_ROOT, PrincipalPatterns.ROOT_SHAPE));
    facts.add(kindHasShape(PrincipalKind.IAM_USER, PrincipalPatterns.USER_SHAPE));
    facts.add(kindHasShape(PrincipalKind.ROLE_SESSION, PrincipalPatterns.ROLE_SHAPE));
    for (String presence : presences) {
      String key = presence.startsWith("k:") ? presence.substring(2) : "";
      Set<PrincipalKind> derived = DerivedKeys.presentFor(key);
      if (derived != null) {
        // IAM sets these keys from the caller: present exactly for these kinds.
        facts.add(
            Terms.and(
                Terms.implies(Terms.present(presence), Terms.kindIn(derived)),
                Terms.implies(Terms.kindIn(derived), Terms.present(presence))));
      } else if (Dimensions.IDENTITY_KEYS.contains(key) || key.startsWith("aws:principaltag/")) {
        facts.add(
            Terms.implies(Terms.present(presence), Terms.kindIn(PolicyCompiler.AWS_IDENTITIES)));
      }
    }
    return facts;
  }

  private Term kindHasShape(PrincipalKind kind, StringPattern shape) {
    AtomicDimension atomic = atomics.get(Dimensions.PRINCIPAL);
    if (atomic != null) {
      return Terms.implies(new Term.KindIs(kind), atomic.atom(shape));
    }
    StringDimension d = string(Dimensions.PRINCIPAL);
    return Terms.implies(
        new Term.KindIs(kind), Terms.intersects(d.name(), d.regionsMatching(shape)));
  }

  /**
   * The term "every value of the dimension is fresh" (absent, or matched by no pinning pattern):
   * values an outsider can have.
   */
  public Term fresh(String dimension) {
    return fresh(dimension, Set.of());
  }

  /**
   * Like {@link #fresh(String)}, where the exact values {@code publicValues} do not pin either
   * (such as the audience {@code sts.amazonaws.com}, which every GitHub Actions token carries).
   */
  public Term fresh(String dimension, Set<String> publicValues) {
    AtomicDimension atomic = atomics.get(dimension);
    if (atomic != null) {
      List<Term> notPinned = new ArrayList<>();
      for (int i = atomic.pinned().nextSetBit(0); i >= 0; i = atomic.pinned().nextSetBit(i + 1)) {
        if (!isLiteralOf(atomic.patterns().get(i), publicValues)) {
          notPinned.add(Terms.not(new Term.PatternAtom(dimension, i)));
        }
      }
      return Terms.and(notPinned);
    }
    StringDimension d = string(dimension);
    BitSet pinned = new BitSet();
    for (StringPattern p : d.patternIndex().keySet()) {
      if (Pinning.pins(p) && !isLiteralOf(p, publicValues) && !d.isShape(p)) {
        pinned.or(d.regionsMatching(p));
      }
    }
    return Terms.subsetOf(dimension, d.complement(pinned));
  }

  private static boolean isLiteralOf(StringPattern pattern, Set<String> values) {
    return values.stream().anyMatch(v -> StringPattern.literal(v).equals(pattern));
  }

  /** Every atomic string dimension, by name. */
  public Map<String, AtomicDimension> atomics() {
    return atomics;
  }

  /** Whether the space has a string dimension (exact or atomic) called {@code name}. */
  public boolean hasString(String name) {
    return strings.containsKey(name) || atomics.containsKey(name);
  }

  /** The string dimension called {@code name}. */
  public StringDimension string(String name) {
    StringDimension d = strings.get(name);
    if (d == null) {
      throw new IllegalArgumentException("No string dimension " + name);
    }
    return d;
  }

  /** Every string dimension, by name. */
  public Map<String, StringDimension> strings() {
    return strings;
  }

  /** The number dimensions. */
  public Set<String> numbers() {
    return numbers;
  }

  /** The date dimensions (epoch seconds). */
  public Set<String> dates() {
    return dates;
  }

  /** The boolean dimensions. */
  public Set<String> bools() {
    return bools;
  }

  /** The IP address dimensions. */
  public Set<String> ips() {
    return ips;
  }

  /** Every presence name (fixed dimensions and condition keys). */
  public Set<String> presences() {
    return presences;
  }

  /** The opaque facts' names. */
  public Set<String> opaques() {
    return opaques;
  }

  /** The opaque facts, by name. */
  public Map<String, OpaqueFact> opaqueFacts() {
    return facts;
  }

  /** Gathers what the formulas talk about. */
  private static final class Collector {
    final Map<String, Set<StringPattern>> patterns = new LinkedHashMap<>();
    final Set<String> multiValued = new LinkedHashSet<>();
    final Set<String> numbers = new LinkedHashSet<>();
    final Set<String> dates = new LinkedHashSet<>();
    final Set<String> bools = new LinkedHashSet<>();
    final Set<String> ips = new LinkedHashSet<>();
    final Set<String> presences = new LinkedHashSet<>();
    final Set<String> opaques = new LinkedHashSet<>();
    final Map<String, OpaqueFact> facts = new LinkedHashMap<>();

    void collect(Term t) {
      if (t instanceof Term.Matches m) {
        patterns.computeIfAbsent(m.dimension(), k -> new LinkedHashSet<>()).addAll(m.patterns());
        String key = Dimensions.keyOf(m.dimension());
        if (m.quantified() || (key != null && Dimensions.MULTI_VALUED_KEYS.contains(key))) {
          multiValued.add(m.dimension());
        }
      } else if (t instanceof Term.Compare c) {
        (c.dimension().startsWith("d:") ? dates : numbers).add(c.dimension());
      } else if (t instanceof Term.BoolIs b) {
        bools.add(b.dimension());
      } else if (t instanceof Term.IpIn ip) {
        ips.add(ip.dimension());
      } else if (t instanceof Term.Present p) {
        presences.add(p.dimension());
      } else if (t instanceof Term.Opaque o) {
        opaques.add(o.name());
        facts.putIfAbsent(o.name(), o.fact());
      } else if (t instanceof Term.Not n) {
        collect(n.operand());
      } else if (t instanceof Term.And a) {
        a.operands().forEach(this::collect);
      } else if (t instanceof Term.Or o) {
        o.operands().forEach(this::collect);
      }
    }
  }
}
