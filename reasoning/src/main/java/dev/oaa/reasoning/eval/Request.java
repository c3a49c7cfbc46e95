package dev.oaa.reasoning.eval;

import java.util.Objects;

/**
 * One request to authorize: who calls which action on which resource, in which context.
 *
 * @param principal the caller
 * @param action the action as {@code service:Name} (matched without regard to case)
 * @param resource the resource and its owning account
 * @param context the condition keys the request carries. Global keys that follow from the principal
 *     and resource (see {@link #effectiveContext()}) need not be set here; a key set here overrides
 *     the derived value
 */
public record Request(
    RequestPrincipal principal, String action, RequestResource resource, RequestContext context) {
  public Request {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(context, "context");
    if (action.indexOf(':') <= 0) {
      throw new IllegalArgumentException(
          "Cannot build a request for action `" + action + "`: expected `<service>:<action>`");
    }
  }

  /** A request without context keys of its own. */
  public static Request of(RequestPrincipal principal, String action, RequestResource resource) {
    return new Request(principal, action, resource, RequestContext.empty());
  }

  /** This request with another context. */
  public Request withContext(RequestContext newContext) {
    return new Request(principal, action, resource, newContext);
  }

  /** The account that owns the resource: its own account, or the caller's when not given. */
  public String resourceAccount() {
    return resource.account().isEmpty() ? principal.account() : resource.account();
  }

  /** Whether the caller is an IAM identity of the account that owns the resource. */
  public boolean isSameAccount() {
    return !principal.account().isEmpty() && principal.account().equals(resourceAccount());
  }

  /**
   * The context the policies see: {@link #context()} over the global keys derived from the
   * principal and resource ({@code aws:PrincipalArn}, {@code aws:PrincipalAccount}, {@code
   * aws:PrincipalOrgID}, {@code aws:PrincipalOrgPaths}, {@code aws:PrincipalTag/*}, {@code
   * aws:PrincipalType}, {@code aws:userid}, {@code aws:username}, {@code
   * aws:PrincipalIsAWSService}, {@code aws:PrincipalServiceName}, {@code aws:ResourceAccount}).
   */
  public RequestContext effectiveContext() {
    return context.withDefaults(GlobalKeys.derive(this));
  }
}
