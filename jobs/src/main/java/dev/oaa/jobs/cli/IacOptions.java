package dev.oaa.jobs.cli;

import dev.oaa.jobs.cli.iac.CloudFormationTemplate;
import dev.oaa.jobs.cli.iac.ExtractedPolicy;
import dev.oaa.jobs.cli.iac.TerraformPlan;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Infrastructure-as-code input: every policy of a CloudFormation template or a Terraform plan is
 * checked, and the output has the shape of cfn-policy-validator and terraform-iam-policy-validator.
 */
final class IacOptions {
  @Option(
      names = "--template-path",
      description = "A CloudFormation template (JSON or YAML): check every policy in it.")
  Path templatePath;

  @Option(
      names = "--terraform-plan",
      description = "A Terraform plan (`terraform show -json`): check every policy in it.")
  Path terraformPlan;

  /** Whether a template or plan was given. */
  boolean isSet() {
    return templatePath != null || terraformPlan != null;
  }

  /** The policies of the template or plan. */
  List<ExtractedPolicy> extract() {
    if (templatePath != null && terraformPlan != null) {
      throw new CliException("give --template-path or --terraform-plan, not both");
    }
    Path path = templatePath != null ? templatePath : terraformPlan;
    String option = templatePath != null ? "--template-path" : "--terraform-plan";
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(option + ": cannot read " + path + ": " + e.getMessage());
    }
    try {
      return templatePath != null
          ? CloudFormationTemplate.extract(text, path.getFileName().toString())
          : TerraformPlan.extract(text);
    } catch (AccessAnalyzerException e) {
      throw new CliException(option + ": " + e.getMessage());
    }
  }
}
