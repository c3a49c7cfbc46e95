package dev.oaa.reasoning.analysis;

import java.util.Objects;
import java.util.Set;

/**
 * Who counts as inside: the accounts of an analyzer's zone of trust (one account for an account
 * analyzer, every member account for an organization analyzer) and the organization's id ({@code
 * ""} for an account analyzer).
 *
 * @param accounts the 12-digit account ids inside the zone
 * @param organizationId the organization's id, or {@code ""}
 */
public record ZoneOfTrust(Set<String> accounts, String organizationId) {
  public ZoneOfTrust {
    accounts = Set.copyOf(accounts);
    Objects.requireNonNull(organizationId, "organizationId");
    if (accounts.isEmpty()) {
      throw new IllegalArgumentException("A zone of trust needs at least one account");
    }
    for (String a : accounts) {
      if (!a.matches("\\d{12}")) {
        throw new IllegalArgumentException("Invalid account id `" + a + "` in the zone of trust");
      }
    }
  }

  /** The zone of an account analyzer. */
  public static ZoneOfTrust account(String accountId) {
    return new ZoneOfTrust(Set.of(accountId), "");
  }

  /** The zone of an organization analyzer. */
  public static ZoneOfTrust organization(String organizationId, Set<String> accounts) {
    return new ZoneOfTrust(accounts, organizationId);
  }

  /** Whether {@code account} is inside. */
  public boolean contains(String account) {
    return accounts.contains(account);
  }
}
