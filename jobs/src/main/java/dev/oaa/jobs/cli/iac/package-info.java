/**
 * Infrastructure as code: the IAM policies of CloudFormation templates ({@link
 * dev.oaa.jobs.cli.iac.CloudFormationTemplate}) and Terraform plans ({@link
 * dev.oaa.jobs.cli.iac.TerraformPlan}) as {@link dev.oaa.jobs.cli.iac.ExtractedPolicy} values, and
 * the validators' JSON report of a check over them ({@link dev.oaa.jobs.cli.iac.IacReport}).
 *
 * <p>Belongs here: reading templates and plans, evaluating CloudFormation intrinsic functions,
 * naming policies as cfn-policy-validator and terraform-iam-policy-validator do, and rendering
 * findings. Not here: the checks themselves (in {@code dev.oaa.reasoning.analysis}) and the picocli
 * commands (in {@code dev.oaa.jobs.cli}). Depends only on {@code dev.oaa.reasoning}, Jackson and
 * {@code java.*}.
 */
package dev.oaa.jobs.cli.iac;
