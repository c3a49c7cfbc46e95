package dev.oaa.jobs.cli.iac;

/**
 * Raised while resolving CloudFormation intrinsic functions when a value cannot be known before
 * deployment. Never leaves this package: {@link CloudFormationTemplate} turns it into a {@link
 * PolicyContent.Unresolvable} for the one policy concerned.
 */
final class UnresolvableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An unresolvable value.
   *
   * @param what the intrinsic, such as {@code Fn::ImportValue} or {@code Ref `Env`}
   * @param path the template path, such as {@code /Resources/Policy/Properties/PolicyDocument}
   * @param why the reason, in one line
   */
  UnresolvableException(String what, String path, String why) {
    super("Cannot resolve " + what + " at " + path + ": " + why, null, false, false);
  }
}
