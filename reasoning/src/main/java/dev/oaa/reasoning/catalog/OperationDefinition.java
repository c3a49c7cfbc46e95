package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Objects;

/**
 * An API operation of a service and the IAM actions that authorize it, from the {@code Operations}
 * list of the Service Reference JSON (present for some services only). The list can include actions
 * of other services that the operation also checks, such as {@code iam:PassRole}.
 *
 * @param name the operation, as SDKs and CloudTrail spell it, e.g. {@code HeadObject}
 * @param authorizedActions the actions, qualified ({@code s3:GetObject}), in catalog order
 */
public record OperationDefinition(String name, List<String> authorizedActions) {

  /** Copies the list. */
  public OperationDefinition {
    Objects.requireNonNull(name, "name");
    authorizedActions = List.copyOf(authorizedActions);
  }
}
