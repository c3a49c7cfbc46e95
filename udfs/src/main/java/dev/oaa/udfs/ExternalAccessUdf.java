package dev.oaa.udfs;

import dev.oaa.reasoning.analysis.ResourceType;
import dev.oaa.reasoning.analysis.ZoneOfTrust;
import dev.oaa.reasoning.errors.AccessAnalyzerException;
import dev.oaa.reasoning.policy.json.PolicyParser;
import dev.oaa.udfs.internal.ExecutorSolvers;
import dev.oaa.udfs.schema.UdfSchemas;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;
import scala.collection.Seq;

/**
 * {@code oaa_external_access(policy, resource_type, resource_arn, zone_accounts, organization_id)}:
 * the external-access findings of one resource policy (see {@code ExternalAccessAnalyzer}), as
 * {@link UdfSchemas#EXTERNAL_ACCESS}. Bad input is an {@code ERROR} row, never an exception that
 * fails the job; a solver that gives up is {@code UNKNOWN}, never an empty list.
 */
public final class ExternalAccessUdf
    implements UDF5<String, String, String, Seq<String>, String, Row> {
  private static final long serialVersionUID = 1L;

  private final long timeoutMillis;
  private final String catalogDirectory;

  /**
   * The function with a solver budget per query and a Service Reference directory readable on every
   * executor ({@code ""}: list the policies' own actions).
   */
  public ExternalAccessUdf(Duration timeout, String catalogDirectory) {
    this.timeoutMillis = timeout.toMillis();
    this.catalogDirectory = catalogDirectory;
  }

  @Override
  public Row call(
      String policy,
      String resourceType,
      String resourceArn,
      Seq<String> zoneAccounts,
      String organizationId) {
    if (policy == null || resourceType == null || resourceArn == null || zoneAccounts == null) {
      return null;
    }
    try {
      ResourceType type =
          ResourceType.fromAwsName(resourceType)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Unsupported resource type `" + resourceType + "`"));
      Set<String> accounts =
          new LinkedHashSet<>(scala.jdk.javaapi.CollectionConverters.asJava(zoneAccounts));
      ZoneOfTrust zone =
          organizationId == null || organizationId.isEmpty()
              ? new ZoneOfTrust(accounts, "")
              : ZoneOfTrust.organization(organizationId, accounts);
      return UdfSchemas.toRow(
          ExecutorSolvers.externalAccess(Duration.ofMillis(timeoutMillis), catalogDirectory)
              .analyze(PolicyParser.parse(policy), type, resourceArn, zone));
    } catch (AccessAnalyzerException | IllegalArgumentException e) {
      return UdfSchemas.error(resourceArn + ": " + e.getMessage());
    }
  }
}
