package dev.oaa.jobs.cli.iac;

import dev.oaa.reasoning.errors.AccessAnalyzerException;
import dev.oaa.reasoning.errors.Errors;

/**
 * The user-facing errors of infrastructure-as-code extraction: a file that is not a template or a
 * plan at all. Problems with one policy are values ({@link PolicyContent.Unresolvable}, {@link
 * PolicyContent.Invalid}), never exceptions.
 */
public final class IacErrors {
  private IacErrors() {}

  /**
   * A Terraform plan that cannot be read.
   *
   * @param pointer the JSON pointer of the offending element, {@code ""} for the document
   * @param reason what is wrong, in one line
   */
  public static AccessAnalyzerException terraformPlan(String pointer, String reason) {
    String where = pointer.isEmpty() ? "" : " at " + pointer;
    return new AccessAnalyzerException(
        "Cannot read Terraform plan" + where + ": " + Errors.oneLine(reason));
  }

  /**
   * A CloudFormation template that cannot be read.
   *
   * @param fileName the template's file name, as the user gave it
   * @param where a location such as {@code line 3, column 5} or {@code /Resources/MyRole}
   * @param reason what is wrong, in one line
   */
  public static AccessAnalyzerException template(String fileName, String where, String reason) {
    return new AccessAnalyzerException(
        "Cannot read CloudFormation template `"
            + fileName
            + "` at "
            + where
            + ": "
            + Errors.oneLine(reason));
  }
}
