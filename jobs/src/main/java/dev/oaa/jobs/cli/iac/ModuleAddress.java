package dev.oaa.jobs.cli.iac;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the module calls of a Terraform module address such as {@code module.a["k"].module.b[0]}.
 */
final class ModuleAddress {
  private static final String MODULE = "module.";

  private ModuleAddress() {}

  /** The call names, outermost first, without their {@code count}/{@code for_each} keys. */
  static List<String> calls(String address) {
    List<String> calls = new ArrayList<>();
    int i = 0;
    while (address.startsWith(MODULE, i)) {
      int start = i + MODULE.length();
      int end = start;
      while (end < address.length() && address.charAt(end) != '.' && address.charAt(end) != '[') {
        end++;
      }
      calls.add(address.substring(start, end));
      i = end < address.length() && address.charAt(end) == '[' ? skipKey(address, end) : end;
      if (i < address.length() && address.charAt(i) == '.') {
        i++;
      }
    }
    return calls;
  }

  /**
   * The index after the {@code [...]} key that starts at {@code open}; quoted keys may hold ']'.
   */
  private static int skipKey(String address, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i + 1;
      }
    }
    return address.length();
  }
}
