package dev.oaa.reasoning.catalog;

import dev.oaa.reasoning.internal.Glob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The actions of one service, sorted by lower-case name, for fast pattern expansion: a literal name
 * is a hash lookup, and a pattern's literal head (before its first wildcard) narrows the candidates
 * to one binary-searched range before any glob matching.
 */
final class ActionIndex {
  private final List<ActionDefinition> all;
  private final String[] lowerNames;
  private final Map<String, ActionDefinition> byLowerName;

  ActionIndex(List<ActionDefinition> actions) {
    List<ActionDefinition> sorted = new ArrayList<>(actions);
    sorted.sort(Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT)));
    this.all = List.copyOf(sorted);
    this.lowerNames = new String[sorted.size()];
    this.byLowerName = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      lowerNames[i] = sorted.get(i).name().toLowerCase(Locale.ROOT);
      byLowerName.put(lowerNames[i], sorted.get(i));
    }
  }

  /** Every action, sorted by name ignoring case. */
  List<ActionDefinition> all() {
    return all;
  }

  /** The action named {@code lowerName} (lower case). */
  Optional<ActionDefinition> find(String lowerName) {
    return Optional.ofNullable(byLowerName.get(lowerName));
  }

  /** Adds to {@code out} the actions whose lower-case name matches the lower-case glob. */
  void match(String lowerGlob, List<ActionDefinition> out) {
    if (!Glob.hasWildcard(lowerGlob)) {
      find(lowerGlob).ifPresent(out::add);
      return;
    }
    if (lowerGlob.equals("*")) {
      out.addAll(all);
      return;
    }
    int firstWildcard = firstWildcard(lowerGlob);
    String head = lowerGlob.substring(0, firstWildcard);
    int from = lowerBound(head);
    int to = upperBound(head, from);
    boolean headStar = firstWildcard == lowerGlob.length() - 1 && lowerGlob.endsWith("*");
    for (int i = from; i < to; i++) {
      if (headStar || Glob.matches(lowerGlob, lowerNames[i])) {
        out.add(all.get(i));
      }
    }
  }

  private static int firstWildcard(String glob) {
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' || c == '?') {
        return i;
      }
    }
    return glob.length();
  }

  /** The first index whose name is not below {@code head}. */
  private int lowerBound(String head) {
    int i = Arrays.binarySearch(lowerNames, head);
    return i >= 0 ? i : -i - 1;
  }

  /** The first index at or after {@code from} whose name does not start with {@code head}. */
  private int upperBound(String head, int from) {
    if (head.isEmpty()) {
      return lowerNames.length;
    }
    int lo = from;
    int hi = lowerNames.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lowerNames[mid].startsWith(head)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
