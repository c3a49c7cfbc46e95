package dev.oaa.reasoning.archfixture;

import java.util.List;

/** Reasoning code that keeps the module rules: plain Java only. */
public record PureJava(List<String> actions) {
  public PureJava {
    actions = List.copyOf(actions);
  }
}
