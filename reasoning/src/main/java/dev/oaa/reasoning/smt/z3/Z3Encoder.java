package dev.oaa.reasoning.smt.z3;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import com.microsoft.z3.RatNum;
import com.microsoft.z3.RealExpr;
import dev.oaa.reasoning.policy.IpRange;
import dev.oaa.reasoning.smt.AtomicDimension;
import dev.oaa.reasoning.smt.PrincipalKind;
import dev.oaa.reasoning.smt.RequestSpace;
import dev.oaa.reasoning.smt.StringDimension;
import dev.oaa.reasoning.smt.SymbolicModel;
import dev.oaa.reasoning.smt.Term;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encodes resolved terms of one {@link RequestSpace} into Z3 expressions and decodes models back.
 *
 * <p>Variables: the principal kind is an integer; a single-valued string dimension is an integer
 * region id; a multi-valued one is a bit vector with one bit per region (the regions its values
 * fall in); numbers and dates are reals; IP addresses are 128-bit vectors with an IPv6 flag; each
 * presence is a boolean tied to its dimensions.
 */
final class Z3Encoder {
  private static final BigInteger IPV4_HIGH_BITS =
      BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE.shiftLeft(32));

  /** The kinds, numbered by their position here. */
  private static final List<PrincipalKind> KINDS = List.of(PrincipalKind.values());

  private final Context ctx;
  private final RequestSpace space;
  private final IntExpr kind;
  private final Map<String, Expr<?>> vars = new HashMap<>();
  private final Map<String, BoolExpr> presence = new HashMap<>();

  Z3Encoder(Context ctx, RequestSpace space) {
    this.ctx = ctx;
    this.space = space;
    this.kind = ctx.mkIntConst("kind");
  }

  /** Ranges of every variable and the ties between presences and the principal's kind. */
  BoolExpr[] domainFacts() {
    List<BoolExpr> facts = new ArrayList<>();
    facts.add(ctx.mkLe(ctx.mkInt(0), kind));
    facts.add(ctx.mkLt(kind, ctx.mkInt(KINDS.size())));
    for (StringDimension d : space.strings().values()) {
      if (d.multiValued()) {
        BitVecExpr set = set(d);
        facts.add(
            ctx.mkEq(
                ctx.mkBVAND(set, bits(complementOf(d.domain(), d.size()), d.size())),
                bits(new BitSet(), d.size())));
        facts.add(
            ctx.mkEq(
                presence(d.presenceKey()), ctx.mkNot(ctx.mkEq(set, bits(new BitSet(), d.size())))));
      } else {
        facts.add(in(region(d), d.domain()));
      }
    }
    for (AtomicDimension d : space.atomics().values()) {
      BoolExpr[] shapes =
          d.shapes().stream().mapToObj(i -> atom(d.name(), i)).toArray(BoolExpr[]::new);
      BoolExpr[] none =
          java.util.stream.IntStream.range(0, d.patterns().size())
              .mapToObj(i -> ctx.mkNot(atom(d.name(), i)))
              .toArray(BoolExpr[]::new);
      // A present value has a realistic shape; an absent one matches nothing.
      facts.add(ctx.mkImplies(presence(d.presenceKey()), ctx.mkOr(shapes)));
      facts.add(ctx.mkImplies(ctx.mkNot(presence(d.presenceKey())), ctx.mkAnd(none)));
    }
    facts.add(ctx.mkEq(presence("action"), ctx.mkTrue()));
    facts.add(ctx.mkEq(presence("resource"), ctx.mkTrue()));
    facts.add(
        ctx.mkEq(
            presence("principal"),
            ctx.mkOr(
                kindIs(PrincipalKind.ACCOUNT_ROOT),
                kindIs(PrincipalKind.IAM_USER),
                kindIs(PrincipalKind.ROLE_SESSION))));
    facts.add(ctx.mkEq(presence("session"), kindIs(PrincipalKind.ROLE_SESSION)));
    facts.add(ctx.mkEq(presence("service"), kindIs(PrincipalKind.SERVICE)));
    facts.add(ctx.mkEq(presence("federated"), kindIs(PrincipalKind.FEDERATED)));
    for (String date : space.dates()) {
      facts.add(ctx.mkIsInteger(real(date))); // whole seconds: witnesses print exactly
    }
    for (String ip : space.ips()) {
      facts.add(
          ctx.mkImplies(
              ctx.mkNot(ipv6(ip)),
              ctx.mkEq(
                  ctx.mkBVAND(address(ip), bv(IPV4_HIGH_BITS, 128)), bv(BigInteger.ZERO, 128))));
    }
    return facts.toArray(new BoolExpr[0]);
  }

  BoolExpr encode(Term t) {
    if (t instanceof Term.Const c) {
      return ctx.mkBool(c.value());
    }
    if (t instanceof Term.Not n) {
      return ctx.mkNot(encode(n.operand()));
    }
    if (t instanceof Term.And a) {
      return ctx.mkAnd(a.operands().stream().map(this::encode).toArray(BoolExpr[]::new));
    }
    if (t instanceof Term.Or o) {
      return ctx.mkOr(o.operands().stream().map(this::encode).toArray(BoolExpr[]::new));
    }
    if (t instanceof Term.Present p) {
      return presence(p.dimension());
    }
    if (t instanceof Term.Intersects i) {
      return intersects(space.string(i.dimension()), i.regions());
    }
    if (t instanceof Term.SubsetOf s) {
      return subsetOf(space.string(s.dimension()), s.regions());
    }
    if (t instanceof Term.Compare c) {
      return ctx.mkAnd(presence(presenceOf(c.dimension())), compare(c));
    }
    if (t instanceof Term.BoolIs b) {
      BoolExpr value = boolVar(b.dimension());
      return ctx.mkAnd(presence(presenceOf(b.dimension())), b.value() ? value : ctx.mkNot(value));
    }
    if (t instanceof Term.IpIn ip) {
      return ctx.mkAnd(presence(presenceOf(ip.dimension())), ipIn(ip.dimension(), ip.range()));
    }
    if (t instanceof Term.PatternAtom a) {
      return atom(a.dimension(), a.pattern());
    }
    if (t instanceof Term.KindIs k) {
      return kindIs(k.kind());
    }
    if (t instanceof Term.Opaque o) {
      return ctx.mkBoolConst("opaque " + o.name());
    }
    throw new IllegalArgumentException("Resolve the term before encoding it: " + t);
  }

  private BoolExpr intersects(StringDimension d, BitSet regions) {
    if (d.multiValued()) {
      return ctx.mkNot(
          ctx.mkEq(ctx.mkBVAND(set(d), bits(regions, d.size())), bits(new BitSet(), d.size())));
    }
    return ctx.mkAnd(presence(d.presenceKey()), in(region(d), regions));
  }

  private BoolExpr subsetOf(StringDimension d, BitSet regions) {
    if (d.multiValued()) {
      BitSet outside = complementOf(regions, d.size());
      return ctx.mkEq(ctx.mkBVAND(set(d), bits(outside, d.size())), bits(new BitSet(), d.size()));
    }
    return ctx.mkOr(ctx.mkNot(presence(d.presenceKey())), in(region(d), regions));
  }

  /** Region id membership, as a disjunction of ranges. */
  private BoolExpr in(IntExpr region, BitSet regions) {
    List<BoolExpr> ranges = new ArrayList<>();
    for (int lo = regions.nextSetBit(0); lo >= 0; ) {
      int hi = regions.nextClearBit(lo) - 1;
      ranges.add(
          lo == hi
              ? ctx.mkEq(region, ctx.mkInt(lo))
              : ctx.mkAnd(ctx.mkLe(ctx.mkInt(lo), region), ctx.mkLe(region, ctx.mkInt(hi))));
      lo = regions.nextSetBit(hi + 1);
    }
    return ranges.isEmpty() ? ctx.mkFalse() : ctx.mkOr(ranges.toArray(new BoolExpr[0]));
  }

  private BoolExpr compare(Term.Compare c) {
    RealExpr x = real(c.dimension());
    ArithExpr<?> v = ctx.mkReal(c.value().toPlainString());
    return switch (c.comparison()) {
      case EQUALS -> ctx.mkEq(x, v);
      case NOT_EQUALS -> ctx.mkNot(ctx.mkEq(x, v));
      case LESS_THAN -> ctx.mkLt(x, v);
      case LESS_THAN_EQUALS -> ctx.mkLe(x, v);
      case GREATER_THAN -> ctx.mkGt(x, v);
      case GREATER_THAN_EQUALS -> ctx.mkGe(x, v);
    };
  }

  private BoolExpr ipIn(String dimension, IpRange range) {
    BigInteger mask =
        BigInteger.ONE
            .shiftLeft(range.bits())
            .subtract(BigInteger.ONE)
            .shiftRight(range.bits() - range.prefixLength())
            .shiftLeft(range.bits() - range.prefixLength());
    BoolExpr family = range.isIpv6() ? ipv6(dimension) : ctx.mkNot(ipv6(dimension));
    return ctx.mkAnd(
        family, ctx.mkEq(ctx.mkBVAND(address(dimension), bv(mask, 128)), bv(range.network(), 128)));
  }

  private BoolExpr kindIs(PrincipalKind k) {
    return ctx.mkEq(kind, ctx.mkInt(KINDS.indexOf(k)));
  }

  /** Reads a model back into region ids and values. */
  SymbolicModel decode(Model model) {
    PrincipalKind k = KINDS.get(((IntNum) model.eval(kind, true)).getInt());
    Set<String> present = new HashSet<>();
    for (String p : space.presences()) {
      if (model.eval(presence(p), true).isTrue()) {
        present.add(p);
      }
    }
    Map<String, List<Integer>> regions = new HashMap<>();
    for (StringDimension d : space.strings().values()) {
      if (!present.contains(d.presenceKey())) {
        continue;
      }
      if (d.multiValued()) {
        BigInteger bitsValue = ((BitVecNum) model.eval(set(d), true)).getBigInteger();
        List<Integer> ids = new ArrayList<>();
        for (int r = 0; r < d.size(); r++) {
          if (bitsValue.testBit(r)) {
            ids.add(r);
          }
        }
        regions.put(d.name(), ids);
      } else {
        regions.put(d.name(), List.of(((IntNum) model.eval(region(d), true)).getInt()));
      }
    }
    Map<String, BigDecimal> numbers = new HashMap<>();
    for (String n : concat(space.numbers(), space.dates())) {
      if (present.contains(presenceOf(n))) {
        numbers.put(n, decimal((RatNum) model.eval(real(n), true)));
      }
    }
    Map<String, Boolean> bools = new HashMap<>();
    for (String b : space.bools()) {
      if (present.contains(presenceOf(b))) {
        bools.put(b, model.eval(boolVar(b), true).isTrue());
      }
    }
    Map<String, String> ips = new HashMap<>();
    for (String ip : space.ips()) {
      if (present.contains(presenceOf(ip))) {
        BigInteger a = ((BitVecNum) model.eval(address(ip), true)).getBigInteger();
        ips.put(ip, ipText(a, model.eval(ipv6(ip), true).isTrue()));
      }
    }
    Map<String, Boolean> opaques = new HashMap<>();
    for (String o : space.opaques()) {
      opaques.put(o, model.eval(ctx.mkBoolConst("opaque " + o), true).isTrue());
    }
    Map<String, BitSet> atoms = new HashMap<>();
    for (AtomicDimension d : space.atomics().values()) {
      if (present.contains(d.presenceKey())) {
        BitSet matched = new BitSet();
        for (int i = 0; i < d.patterns().size(); i++) {
          if (model.eval(atom(d.name(), i), true).isTrue()) {
            matched.set(i);
          }
        }
        atoms.put(d.name(), matched);
      }
    }
    return new SymbolicModel(k, present, regions, numbers, bools, ips, opaques, atoms, Map.of());
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static BigDecimal decimal(RatNum r) {
    BigDecimal num = new BigDecimal(r.getBigIntNumerator());
    BigDecimal den = new BigDecimal(r.getBigIntDenominator());
    return num.divide(den, MathContext.DECIMAL64).stripTrailingZeros();
  }

  private static String ipText(BigInteger address, boolean v6) {
    byte[] raw = address.toByteArray();
    byte[] fixed = new byte[v6 ? 16 : 4];
    int copy = Math.min(raw.length, fixed.length);
    System.arraycopy(raw, raw.length - copy, fixed, fixed.length - copy, copy);
    try {
      return InetAddress.getByAddress(fixed).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String presenceOf(String dimension) {
    return dev.oaa.reasoning.smt.Dimensions.presenceOf(dimension);
  }

  BoolExpr atom(String dimension, int pattern) {
    return (BoolExpr) vars.computeIfAbsent("atom " + dimension + " " + pattern, ctx::mkBoolConst);
  }

  private BoolExpr presence(String name) {
    return presence.computeIfAbsent(name, n -> ctx.mkBoolConst("present " + n));
  }

  private IntExpr region(StringDimension d) {
    return (IntExpr) vars.computeIfAbsent("region " + d.name(), ctx::mkIntConst);
  }

  @SuppressWarnings("unchecked")
  private BitVecExpr set(StringDimension d) {
    return (BitVecExpr) vars.computeIfAbsent("set " + d.name(), n -> ctx.mkBVConst(n, d.size()));
  }

  private RealExpr real(String dimension) {
    return (RealExpr) vars.computeIfAbsent("value " + dimension, ctx::mkRealConst);
  }

  private BoolExpr boolVar(String dimension) {
    return (BoolExpr) vars.computeIfAbsent("value " + dimension, ctx::mkBoolConst);
  }

  private BitVecExpr address(String dimension) {
    return (BitVecExpr) vars.computeIfAbsent("address " + dimension, n -> ctx.mkBVConst(n, 128));
  }

  private BoolExpr ipv6(String dimension) {
    return (BoolExpr) vars.computeIfAbsent("ipv6 " + dimension, ctx::mkBoolConst);
  }

  private BitVecExpr bits(BitSet set, int size) {
    BigInteger value = BigInteger.ZERO;
    for (int i = set.nextSetBit(0); i >= 0 && i < size; i = set.nextSetBit(i + 1)) {
      value = value.setBit(i);
    }
    return bv(value, size);
  }

  private BitVecExpr bv(BigInteger value, int size) {
    return ctx.mkBV(value.toString(), size);
  }

  private static BitSet complementOf(BitSet set, int size) {
    BitSet result = new BitSet(size);
    result.set(0, size);
    result.andNot(set);
    return result;
  }
}
