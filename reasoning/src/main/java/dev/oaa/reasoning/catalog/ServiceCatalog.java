package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.internal.Glob;
import dev.oaa.reasoning.policy.ActionClause;
import dev.oaa.reasoning.policy.ActionPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS service catalog: every service, action, resource type and condition key, immutable and
 * safe to share between threads.
 *
 * <p>Actions, service prefixes and condition keys are matched ignoring case, as IAM does; results
 * use the catalog's spelling. Lists of actions are sorted by service prefix, then by action name
 * ignoring case. Wildcard expansion is indexed by service prefix, so {@code s3:Get*} looks at S3's
 * actions only, and a literal head such as {@code Get} is found by binary search.
 *
 * <p>Build one with {@link ServiceReferenceLoader} or {@link #of(Collection)}.
 */
public final class ServiceCatalog {
  private final Map<String, ServiceDefinition> services;
  private final Map<String, ActionIndex> actionsByService;
  private final Map<String, Map<String, ResourceTypeDefinition>> resourceTypes;
  private final Map<String, Map<String, OperationDefinition>> operations;
  private final List<String> prefixes;
  private final List<ActionDefinition> allActions;
  private final ConditionKeyIndex conditionKeys;

  private ServiceCatalog(List<ServiceDefinition> sorted) {
    Map<String, ServiceDefinition> byPrefix = new LinkedHashMap<>();
    Map<String, ActionIndex> indexes = new LinkedHashMap<>();
    Map<String, Map<String, ResourceTypeDefinition>> resources = new LinkedHashMap<>();
    Map<String, Map<String, OperationDefinition>> operationsByService = new LinkedHashMap<>();
    List<ActionDefinition> all = new ArrayList<>();
    List<ConditionKeyDefinition> keys = new ArrayList<>();
    for (ServiceDefinition service : sorted) {
      String prefix = lower(service.prefix());
      if (byPrefix.putIfAbsent(prefix, service) != null) {
        throw new IllegalArgumentException("Duplicate service prefix `" + service.prefix() + "`");
      }
      ActionIndex index = new ActionIndex(service.actions());
      indexes.put(prefix, index);
      all.addAll(index.all());
      Map<String, ResourceTypeDefinition> types = new LinkedHashMap<>();
      service.resourceTypes().forEach(t -> types.putIfAbsent(t.name(), t));
      resources.put(prefix, Collections.unmodifiableMap(types));
      Map<String, OperationDefinition> byName = new LinkedHashMap<>();
      service.operations().forEach(o -> byName.putIfAbsent(lower(o.name()), o));
      operationsByService.put(prefix, byName);
      keys.addAll(service.conditionKeys());
    }
    keys.addAll(GlobalConditionKeys.definitions());
    this.services = Collections.unmodifiableMap(byPrefix);
    this.actionsByService = indexes;
    this.resourceTypes = resources;
    this.operations = operationsByService;
    this.prefixes = List.copyOf(byPrefix.keySet());
    this.allActions = List.copyOf(all);
    this.conditionKeys = new ConditionKeyIndex(keys);
  }

  /**
   * A catalog of the given services.
   *
   * @throws IllegalArgumentException if two services have the same prefix (ignoring case)
   */
  public static ServiceCatalog of(Collection<ServiceDefinition> services) {
    List<ServiceDefinition> sorted = new ArrayList<>(services);
    sorted.sort(Comparator.comparing(s -> lower(s.prefix())));
    return new ServiceCatalog(sorted);
  }

  /** The service prefixes, lower case, sorted. */
  public List<String> servicePrefixes() {
    return prefixes;
  }

  /** Whether {@code prefix} is a service of the catalog (ignoring case). */
  public boolean isKnownService(String prefix) {
    return services.containsKey(lower(prefix));
  }

  /** The service with this prefix (ignoring case). */
  public Optional<ServiceDefinition> service(String prefix) {
    return Optional.ofNullable(services.get(lower(prefix)));
  }

  /** Every action of the catalog. */
  public List<ActionDefinition> actions() {
    return allActions;
  }

  /** The actions of the service {@code prefix}; empty for an unknown service. */
  public List<ActionDefinition> actions(String prefix) {
    ActionIndex index = actionsByService.get(lower(prefix));
    return index == null ? List.of() : index.all();
  }

  /** The action {@code service:Name} (ignoring case), if the catalog has it. */
  public Optional<ActionDefinition> action(String qualifiedName) {
    int colon = qualifiedName.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    ActionIndex index = actionsByService.get(lower(qualifiedName.substring(0, colon)));
    return index == null ? Optional.empty() : index.find(lower(qualifiedName.substring(colon + 1)));
  }

  /**
   * The actions that {@code pattern} matches ({@code *}, {@code s3:Get*}, {@code iam:?assRole}).
   */
  public List<ActionDefinition> expand(ActionPattern pattern) {
    if (pattern.text().equals("*")) {
      return allActions;
    }
    String text = lower(pattern.text());
    int colon = text.indexOf(':');
    String servicePart = text.substring(0, colon);
    String namePart = text.substring(colon + 1);
    List<ActionDefinition> out = new ArrayList<>();
    if (Glob.hasWildcard(servicePart)) {
      for (String prefix : prefixes) {
        if (Glob.matches(servicePart, prefix)) {
          actionsByService.get(prefix).match(namePart, out);
        }
      }
    } else {
      ActionIndex index = actionsByService.get(servicePart);
      if (index != null) {
        index.match(namePart, out);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The actions that at least one of {@code patterns} matches (an {@code Action} element). */
  public List<ActionDefinition> expand(Collection<ActionPattern> patterns) {
    if (patterns.size() == 1) {
      return expand(patterns.iterator().next());
    }
    Set<ActionDefinition> matched = matchedBy(patterns);
    return allActions.stream().filter(matched::contains).toList();
  }

  /** The actions that none of {@code patterns} matches (a {@code NotAction} element). */
  public List<ActionDefinition> expandNot(Collection<ActionPattern> patterns) {
    Set<ActionDefinition> matched = matchedBy(patterns);
    return allActions.stream().filter(a -> !matched.contains(a)).toList();
  }

  /** The actions an {@code Action} or {@code NotAction} element covers. */
  public List<ActionDefinition> expand(ActionClause clause) {
    return clause instanceof ActionClause.NotActions
        ? expandNot(clause.patterns())
        : expand(clause.patterns());
  }

  /** The access level of the action {@code service:Name}, if the catalog has it. */
  public Optional<AccessLevel> accessLevel(String qualifiedName) {
    return action(qualifiedName).map(ActionDefinition::accessLevel);
  }

  /** The resource types of the action, with their ARN formats; empty if unknown or none. */
  public List<ResourceTypeDefinition> resourceTypes(String qualifiedName) {
    return action(qualifiedName).map(this::resourceTypesOf).orElse(List.of());
  }

  /**
   * The condition keys usable with the action: its own keys, then those of its resource types, each
   * once, with their types. Keys the catalog cannot type are left out.
   */
  public List<ConditionKeyDefinition> conditionKeys(String qualifiedName) {
    Optional<ActionDefinition> found = action(qualifiedName);
    if (found.isEmpty()) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>(found.get().conditionKeys());
    resourceTypesOf(found.get()).forEach(t -> names.addAll(t.conditionKeys()));
    return names.stream().map(this::conditionKey).flatMap(Optional::stream).distinct().toList();
  }

  /** The condition keys the service {@code prefix} defines. */
  public List<ConditionKeyDefinition> serviceConditionKeys(String prefix) {
    return service(prefix).map(ServiceDefinition::conditionKeys).orElse(List.of());
  }

  /**
   * The definition of a condition key: the key itself, or the template it instantiates ({@code
   * aws:RequestTag/Team} gives {@code aws:RequestTag/${TagKey}}). Service definitions come first,
   * then the AWS global keys ({@code aws:SourceIp}, …) that the service files do not list.
   */
  public Optional<ConditionKeyDefinition> conditionKey(String key) {
    return conditionKeys.find(key);
  }

  /** The type of a condition key, as {@link #conditionKey(String)} finds it. */
  public Optional<ConditionKeyType> conditionKeyType(String key) {
    return conditionKey(key).map(ConditionKeyDefinition::type);
  }

  /** The API operation {@code name} of the service {@code prefix} (ignoring case). */
  public Optional<OperationDefinition> operation(String prefix, String name) {
    Map<String, OperationDefinition> byName = operations.get(lower(prefix));
    return byName == null ? Optional.empty() : Optional.ofNullable(byName.get(lower(name)));
  }

  private List<ResourceTypeDefinition> resourceTypesOf(ActionDefinition action) {
    Map<String, ResourceTypeDefinition> types = resourceTypes.get(lower(action.service()));
    return action.resourceTypes().stream().map(types::get).filter(t -> t != null).toList();
  }

  private Set<ActionDefinition> matchedBy(Collection<ActionPattern> patterns) {
    Set<ActionDefinition> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    patterns.forEach(p -> matched.addAll(expand(p)));
    return matched;
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ServiceCatalog[" + services.size() + " services, " + allActions.size() + " actions]";
  }
}
