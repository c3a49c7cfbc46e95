package dev.oaa.jobs.cli.iac;

import java.util.Locale;

/** The custom policy checks whose results {@link IacReport} prints. */
public enum IacCheck {
  CHECK_NO_NEW_ACCESS("CheckNoNewAccess"),
  CHECK_ACCESS_NOT_GRANTED("CheckAccessNotGranted"),
  CHECK_NO_PUBLIC_ACCESS("CheckNoPublicAccess");

  private final String operation;

  IacCheck(String operation) {
    this.operation = operation;
  }

  /** The API operation, such as {@code CheckNoPublicAccess}. */
  public String operation() {
    return operation;
  }

  /** The finding code of a FAIL, as the AWS validators print it: {@code policy-analysis-<op>}. */
  public String code() {
    return "policy-analysis-" + operation;
  }

  /** The command name, such as {@code check-no-public-access}. */
  public String command() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
