package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.smt.partition.Partition;
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

  private final Map<String, StringDimension> strings;
  private final Set<String> numbers;
  private final Set<String> dates;
  private final Set<String> bools;
  private final Set<String> ips;
  private final Set<String> presences;
  private final Set<String> opaques;

  private RequestSpace(Collector c, Map<String, StringDimension> strings) {
    this.strings = Map.copyOf(strings);
    this.numbers = Set.copyOf(c.numbers);
    this.dates = Set.copyOf(c.dates);
    this.bools = Set.copyOf(c.bools);
    this.ips = Set.copyOf(c.ips);
    this.opaques = Set.copyOf(c.opaques);
    Set<String> all = new TreeSet<>(c.presences);
    strings.keySet().forEach(d -> all.add(Dimensions.presenceOf(d)));
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
    c.patterns.forEach(
        (name, patterns) ->
            strings.put(
                name,
                dimension(
                    name,
                    patterns,
                    shapes.getOrDefault(name, List.of(ANY)),
                    c.multiValued.contains(name))));
    return new RequestSpace(c, strings);
  }

  private static StringDimension dimension(
      String name, Set<StringPattern> used, List<StringPattern> shapes, boolean multiValued) {
    List<StringPattern> all = new ArrayList<>(used);
    for (StringPattern shape : shapes) {
      if (!all.contains(shape)) {
        all.add(shape);
      }
    }
    Partition partition = Partition.of(all, ANY);
    Map<StringPattern, Integer> index = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i), i);
    }
    BitSet domain = new BitSet();
    for (StringPattern shape : shapes) {
      domain.or(partition.regionsMatching(index.get(shape)));
    }
    BitSet pinned = new BitSet();
    for (StringPattern p : used) {
      if (Pinning.pins(p)) {
        pinned.or(partition.regionsMatching(index.get(p)));
      }
    }
    pinned.and(domain);
    return new StringDimension(
        name, Dimensions.presenceOf(name), partition, index, domain, multiValued, pinned);
  }

  /** The formula with its pattern atoms turned into region sets. */
  public Term resolve(Term t) {
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
    StringDimension principal = string(Dimensions.PRINCIPAL);
    facts.add(kindHasShape(principal, PrincipalKind.ACCOUNT_ROOT, PrincipalPatterns.ROOT_SHAPE));
    facts.add(kindHasShape(principal, PrincipalKind.IAM_USER, PrincipalPatterns.USER_SHAPE));
    facts.add(kindHasShape(principal, PrincipalKind.ROLE_SESSION, PrincipalPatterns.ROLE_SHAPE));
    for (String presence : presences) {
      String key = presence.startsWith("k:") ? presence.substring(2) : "";
      if (Dimensions.IDENTITY_KEYS.contains(key) || key.startsWith("aws:principaltag/")) {
        facts.add(
            Terms.implies(Terms.present(presence), Terms.kindIn(PolicyCompiler.AWS_IDENTITIES)));
      }
    }
    return facts;
  }

  private static Term kindHasShape(StringDimension d, PrincipalKind kind, StringPattern shape) {
    return Terms.implies(
        new Term.KindIs(kind), Terms.intersects(d.name(), d.regionsMatching(shape)));
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

  /** The opaque facts. */
  public Set<String> opaques() {
    return opaques;
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
