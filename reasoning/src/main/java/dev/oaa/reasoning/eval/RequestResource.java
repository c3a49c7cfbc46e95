package dev.oaa.reasoning.eval;

import java.util.Objects;

/**
 * The resource of a request.
 *
 * @param arn the resource's ARN, or {@code "*"} for actions that take no resource (such as {@code
 *     s3:ListAllMyBuckets}); the text is matched as written, so {@code "*"} is matched only by
 *     patterns that match the one-character string {@code *}, which is how AWS treats such actions
 * @param account the 12-digit account that owns the resource, or the empty string when it is the
 *     caller's own account (as for actions without a resource)
 */
public record RequestResource(String arn, String account) {
  public RequestResource {
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(account, "account");
    if (arn.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot build a request resource from ``: expected an ARN or `*`");
    }
  }

  /** The resource {@code arn} owned by {@code account}. */
  public static RequestResource of(String arn, String account) {
    return new RequestResource(arn, account);
  }

  /** No particular resource ({@code "*"}), in the caller's own account. */
  public static RequestResource none() {
    return new RequestResource("*", "");
  }
}
