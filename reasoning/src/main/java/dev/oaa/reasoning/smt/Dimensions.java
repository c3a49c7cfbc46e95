package dev.oaa.reasoning.smt;

import dev.oaa.reasoning.policy.ConditionKey;
import java.util.Set;

/**
 * The names of the request's dimensions in terms, and which key's presence each one follows.
 *
 * <p>Fixed dimensions: the action, the resource, and the principal's parts. Condition keys get one
 * dimension per value family, prefixed {@code s:} (string), {@code n:} (number), {@code d:} (date),
 * {@code b:} (boolean) and {@code ip:}; they share one presence, {@code k:<key>}. The keys {@code
 * aws:PrincipalArn} and {@code aws:PrincipalAccount} are read off the principal dimension, and
 * {@code aws:PrincipalServiceName} off the service dimension, so that conditions and the Principal
 * element talk about the same caller.
 */
public final class Dimensions {
  /** The action, lower-cased ({@code s3:getobject}); always present. */
  public static final String ACTION = "action";

  /** The resource ARN; always present. */
  public static final String RESOURCE = "resource";

  /**
   * The caller's IAM ARN: the account root, the user, or the role for a role session (the value of
   * aws:PrincipalArn). Present for AWS identities.
   */
  public static final String PRINCIPAL = "principal";

  /** The role session name; present for role sessions. */
  public static final String SESSION = "session";

  /** The service principal's name; present for services. */
  public static final String SERVICE = "service";

  /** The identity provider of a federated caller; present for federated callers. */
  public static final String FEDERATED = "federated";

  /** Keys that describe the caller's identity: only AWS identities carry them. */
  static final Set<String> IDENTITY_KEYS = Set.of("aws:principalorgid", "aws:principalorgpaths");

  /** Keys whose requests carry several values. */
  static final Set<String> MULTI_VALUED_KEYS =
      Set.of(
          "aws:tagkeys",
          "aws:principalorgpaths",
          "aws:calledvia",
          "aws:principalservicenameslist",
          "aws:sourceorgpaths",
          "aws:resourceorgpaths");

  private Dimensions() {}

  /** The presence name of a condition key. */
  public static String presence(ConditionKey key) {
    return switch (key.canonical()) {
      case "aws:principalarn", "aws:principalaccount" -> PRINCIPAL;
      case "aws:principalservicename" -> SERVICE;
      default -> "k:" + key.canonical();
    };
  }

  /** The string dimension of a condition key. */
  public static String string(ConditionKey key) {
    return switch (key.canonical()) {
      case "aws:principalarn", "aws:principalaccount" -> PRINCIPAL;
      case "aws:principalservicename" -> SERVICE;
      default -> "s:" + key.canonical();
    };
  }

  /** The number dimension of a condition key. */
  public static String number(ConditionKey key) {
    return "n:" + key.canonical();
  }

  /** The date dimension of a condition key. */
  public static String date(ConditionKey key) {
    return "d:" + key.canonical();
  }

  /** The boolean dimension of a condition key. */
  public static String bool(ConditionKey key) {
    return "b:" + key.canonical();
  }

  /** The IP address dimension of a condition key. */
  public static String ip(ConditionKey key) {
    return "ip:" + key.canonical();
  }

  /** The presence name that a dimension follows. */
  public static String presenceOf(String dimension) {
    int colon = dimension.indexOf(':');
    return colon < 0 ? dimension : "k:" + dimension.substring(colon + 1);
  }

  /** The condition key of a key dimension, or null for a fixed dimension. */
  public static String keyOf(String dimension) {
    int colon = dimension.indexOf(':');
    return colon < 0 ? null : dimension.substring(colon + 1);
  }
}
