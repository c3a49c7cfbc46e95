package dev.oaa.reasoning.policy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One principal named by a Principal or NotPrincipal element.
 *
 * <p>{@code "*"} and {@code {"AWS": "*"}} mean the same (everyone, including anonymous callers) and
 * both parse to {@link AnyPrincipal}.
 */
public sealed interface Principal
    permits Principal.AnyPrincipal,
        Principal.AwsPrincipal,
        Principal.ServicePrincipal,
        Principal.FederatedPrincipal,
        Principal.CanonicalUser {

  /** The key of the Principal map this principal is listed under ({@code AWS}, ...). */
  String type();

  /** The value as written in canonical form. */
  String value();

  /** Everyone. */
  static Principal any() {
    return new AnyPrincipal();
  }

  /** An AWS account, IAM user, IAM role, assumed-role session or unique id. */
  static Principal aws(String value) {
    return value.equals("*") ? new AnyPrincipal() : new AwsPrincipal(value);
  }

  /** A service principal such as {@code lambda.amazonaws.com}. */
  static Principal service(String name) {
    return new ServicePrincipal(name);
  }

  /** A SAML or OIDC provider, or {@code cognito-identity.amazonaws.com}. */
  static Principal federated(String provider) {
    return new FederatedPrincipal(provider);
  }

  /** {@code "*"}: every principal, authenticated or anonymous. */
  record AnyPrincipal() implements Principal {
    @Override
    public String type() {
      return "AWS";
    }

    @Override
    public String value() {
      return "*";
    }
  }

  /**
   * An AWS principal: a 12-digit account id (the same as {@code arn:aws:iam::<id>:root}), an ARN of
   * a user, role, assumed-role session or federated user, or a unique id (AIDA..., AROA...).
   *
   * @param value the principal as written; account ids are kept as written and compared through
   *     {@link #canonicalArn()}
   */
  record AwsPrincipal(String value) implements Principal {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    public AwsPrincipal {
      Objects.requireNonNull(value, "value");
      if (value.isEmpty() || value.equals("*")) {
        throw new IllegalArgumentException("Invalid AWS principal `" + value + "`");
      }
    }

    @Override
    public String type() {
      return "AWS";
    }

    /** Whether the value is a bare 12-digit account id. */
    public boolean isAccountId() {
      return ACCOUNT_ID.matcher(value).matches();
    }

    /** The value with a bare account id written as its root ARN (same meaning). */
    public String canonicalArn() {
      return isAccountId() ? "arn:aws:iam::" + value + ":root" : value;
    }

    /**
     * The 12-digit account of this principal, or the empty string when the value does not show one
     * (a unique id, or a malformed ARN).
     */
    public String account() {
      if (isAccountId()) {
        return value;
      }
      String[] parts = value.split(":", 6);
      return parts.length == 6 && ACCOUNT_ID.matcher(parts[4]).matches() ? parts[4] : "";
    }

    /** Whether this names a whole account ({@code 123456789012} or its root ARN). */
    public boolean isAccount() {
      return isAccountId() || canonicalArn().matches("arn:[a-z-]+:iam::\\d{12}:root");
    }
  }

  /** A service principal such as {@code cloudtrail.amazonaws.com}. */
  record ServicePrincipal(String value) implements Principal {
    public ServicePrincipal {
      requireText(value, "service principal");
    }

    @Override
    public String type() {
      return "Service";
    }
  }

  /** A federated identity provider (SAML or OIDC provider ARN, or a web identity host). */
  record FederatedPrincipal(String value) implements Principal {
    public FederatedPrincipal {
      requireText(value, "federated principal");
    }

    @Override
    public String type() {
      return "Federated";
    }
  }

  /** An S3 canonical user id. */
  record CanonicalUser(String value) implements Principal {
    public CanonicalUser {
      requireText(value, "canonical user");
    }

    @Override
    public String type() {
      return "CanonicalUser";
    }
  }

  private static void requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + what + " ``: it must not be empty");
    }
  }
}
