package dev.oaa.reasoning.analysis;

import java.util.List;

/**
 * One entry of check-access-not-granted's list: actions and resources (either may be empty, meaning
 * any), as in AWS's {@code Access} type. Entries may use IAM wildcards.
 *
 * @param actions the actions, such as {@code s3:GetObject}
 * @param resources the resource ARNs
 */
public record Access(List<String> actions, List<String> resources) {
  public Access {
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    if (actions.isEmpty() && resources.isEmpty()) {
      throw new IllegalArgumentException("An access entry needs actions, resources or both");
    }
  }
}
