package dev.oaa.reasoning.eval;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few places where a service's own rules change the general evaluation logic. Each rule cites
 * the AWS documentation it comes from.
 */
final class ServiceRules {
  // AWS Identity and Access Management User Guide, "AWS managed policies": their permissions
  // cannot be changed, so no policy can allow writing them.
  private static final Set<String> MANAGED_POLICY_WRITES =
      Set.of(
          "iam:createpolicy",
          "iam:createpolicyversion",
          "iam:deletepolicy",
          "iam:deletepolicyversion",
          "iam:setdefaultpolicyversion",
          "iam:tagpolicy",
          "iam:untagpolicy");

  // IAM Identity Center User Guide, "IAM Identity Center roles": the roles it creates under
  // /aws-reserved/sso.amazonaws.com/ can be changed only by IAM Identity Center itself.
  private static final Set<String> ROLE_WRITES =
      Set.of(
          "iam:attachrolepolicy",
          "iam:createrole",
          "iam:createservicelinkedrole",
          "iam:deleterole",
          "iam:deleterolepermissionsboundary",
          "iam:deleterolepolicy",
          "iam:deleteservicelinkedrole",
          "iam:detachrolepolicy",
          "iam:putrolepermissionsboundary",
          "iam:putrolepolicy",
          "iam:tagrole",
          "iam:untagrole",
          "iam:updateassumerolepolicy",
          "iam:updaterole",
          "iam:updateroledescription");

  // AWS KMS Developer Guide, "Aliases in AWS KMS": alias names that begin with alias/aws/ are
  // reserved for AWS managed keys; you cannot create, update or delete them.
  private static final Set<String> ALIAS_WRITES =
      Set.of("kms:createalias", "kms:deletealias", "kms:updatealias");

  private static final Pattern MANAGED_POLICY = Pattern.compile("arn:[a-z-]+:iam::aws:policy/.*");
  private static final Pattern RESERVED_ROLE =
      Pattern.compile("arn:[a-z-]+:iam::\\d{12}:role/aws-reserved/sso\\.amazonaws\\.com/.*");
  private static final Pattern RESERVED_ALIAS =
      Pattern.compile("arn:[a-z-]+:kms:[^:]*:\\d{12}:alias/aws/.*");
  private static final Pattern KMS_KEY = Pattern.compile("arn:[a-z-]+:kms:[^:]*:\\d{12}:key/.*");
  private static final Pattern ROLE = Pattern.compile("arn:[a-z-]+:iam::\\d{12}:role/.*");

  private ServiceRules() {}

  /**
   * Whether the action needs no permission at all. AWS STS API Reference, GetCallerIdentity: "No
   * permissions are required to perform this operation", even under an explicit deny.
   */
  static boolean needsNoPermission(Request request) {
    return action(request).equals("sts:getcalleridentity");
  }

  /** Whether the request writes something that AWS reserves for itself, whatever the policies. */
  static boolean writesReservedResource(Request request) {
    String action = action(request);
    String arn = request.resource().arn();
    return (MANAGED_POLICY_WRITES.contains(action) && MANAGED_POLICY.matcher(arn).matches())
        || (ROLE_WRITES.contains(action) && RESERVED_ROLE.matcher(arn).matches())
        || (ALIAS_WRITES.contains(action) && RESERVED_ALIAS.matcher(arn).matches());
  }

  /**
   * Whether the resource's own policy must allow the request even within its account: KMS keys (AWS
   * KMS Developer Guide, "Key policies in AWS KMS": no principal, not even the root user, has
   * access to a key unless its key policy allows it, directly or by naming the account so that IAM
   * policies apply) and IAM roles assumed through STS (IAM User Guide, "IAM roles": the trust
   * policy must allow the principal, even in the role's own account).
   */
  static boolean needsResourcePolicy(Request request) {
    String arn = request.resource().arn();
    boolean kmsKey = KMS_KEY.matcher(arn).matches();
    boolean roleTrust = action(request).startsWith("sts:") && ROLE.matcher(arn).matches();
    return kmsKey || roleTrust;
  }

  private static String action(Request request) {
    return request.action().toLowerCase(Locale.ROOT);
  }
}
