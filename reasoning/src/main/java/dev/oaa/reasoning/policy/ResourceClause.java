package dev.oaa.reasoning.policy;

import java.util.List;

/** The Resource element of a statement: {@code Resource}, {@code NotResource} or absent. */
public sealed interface ResourceClause
    permits ResourceClause.Resources, ResourceClause.NotResources, ResourceClause.NoResource {

  /** The listed patterns (empty for {@link NoResource}). */
  List<ResourcePattern> patterns();

  /** {@code "Resource": ...}: the statement covers resources matching any pattern. */
  record Resources(List<ResourcePattern> patterns) implements ResourceClause {
    public Resources {
      patterns = List.copyOf(patterns);
    }
  }

  /** {@code "NotResource": ...}: the statement covers resources matching no pattern. */
  record NotResources(List<ResourcePattern> patterns) implements ResourceClause {
    public NotResources {
      patterns = List.copyOf(patterns);
    }
  }

  /**
   * No resource element. Allowed in role trust policies, where the resource is the role itself;
   * such a statement covers whatever resource it is attached to.
   */
  record NoResource() implements ResourceClause {
    @Override
    public List<ResourcePattern> patterns() {
      return List.of();
    }
  }

  /** {@code Resource} with the given patterns. */
  static ResourceClause of(String... patterns) {
    return new Resources(ResourcePattern.listOf(patterns));
  }

  /** The absent clause. */
  static ResourceClause none() {
    return new NoResource();
  }
}
