package dev.oaa.reasoning.smt;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Global condition keys that IAM sets from the caller, and the kinds of caller that have them (IAM
 * User Guide, "AWS global condition context keys"): a request cannot lack them, nor carry them when
 * its caller cannot. Unique ids are not modelled, so {@code aws:userid} is present only where it
 * needs none (the root user's account id, {@code anonymous}).
 */
final class DerivedKeys {
  private static final Map<String, Set<PrincipalKind>> PRESENT_FOR =
      Map.of(
          "aws:principaltype", EnumSet.allOf(PrincipalKind.class),
          "aws:username", EnumSet.of(PrincipalKind.IAM_USER),
          "aws:userid", EnumSet.of(PrincipalKind.ACCOUNT_ROOT, PrincipalKind.ANONYMOUS),
          "aws:principalisawsservice", EnumSet.complementOf(EnumSet.of(PrincipalKind.ANONYMOUS)));

  private DerivedKeys() {}

  /** The kinds of caller whose requests carry {@code key}, or null when IAM does not derive it. */
  static Set<PrincipalKind> presentFor(String key) {
    return PRESENT_FOR.get(key);
  }
}
