package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.internal.Glob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the definition of a concrete condition key among all definitions: an exact name first
 * (case-insensitive), then the templates in priority order. The templates are few (about a
 * hundred), each checked by its literal head before the glob.
 */
final class ConditionKeyIndex {
  private final Map<String, ConditionKeyDefinition> exact = new HashMap<>();
  private final List<Template> templates = new ArrayList<>();

  /** An index over {@code definitions}; for a name defined twice, the first definition wins. */
  ConditionKeyIndex(List<ConditionKeyDefinition> definitions) {
    for (ConditionKeyDefinition definition : definitions) {
      String lower = definition.name().toLowerCase(Locale.ROOT);
      if (exact.putIfAbsent(lower, definition) == null && definition.isTemplate()) {
        String glob = definition.glob().toLowerCase(Locale.ROOT);
        templates.add(new Template(definition, glob, glob.substring(0, glob.indexOf('?'))));
      }
    }
  }

  /** The definition of {@code key}: the key itself, or the first template it instantiates. */
  Optional<ConditionKeyDefinition> find(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    ConditionKeyDefinition found = exact.get(lower);
    if (found != null) {
      return Optional.of(found);
    }
    for (Template template : templates) {
      if (lower.startsWith(template.head()) && Glob.matches(template.glob(), lower)) {
        return Optional.of(template.definition());
      }
    }
    return Optional.empty();
  }

  private record Template(ConditionKeyDefinition definition, String glob, String head) {}
}
