package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written CloudTrail tables name only services and actions of the full catalog. */
class EventTablesCorpusTest {

  @Test
  void everyPrefixOfTheSourceTableIsAService() {
    ServiceCatalog catalog = FullCatalog.get();

    assertThat(EventTables.hosts().values()).allMatch(catalog::isKnownService);
  }

  @Test
  void everyActionOfTheEventTableIsInTheCatalogInItsSpelling() {
    ServiceCatalog catalog = FullCatalog.get();
    List<String> missing = new ArrayList<>();
    EventTables.rows()
        .forEach(
            (event, row) -> {
              assertThat(catalog.isKnownService(event.substring(0, event.indexOf(':'))))
                  .as(event)
                  .isTrue();
              List<String> all = new ArrayList<>(row.actions());
              all.addAll(row.dependentActions());
              for (String action : all) {
                if (!catalog
                    .action(action)
                    .map(ActionDefinition::qualifiedName)
                    .orElse("")
                    .equals(action)) {
                  missing.add(event + " -> " + action);
                }
              }
            });
    assertThat(missing).isEmpty();
  }

  @Test
  void noEventMappedToActionsIsAlsoAnActionOfTheSameName() {
    ServiceCatalog catalog = FullCatalog.get();
    // A row mapping an event that is itself an action to other actions would silently override
    // the catalog. Rows saying that no permission is needed may (sts:GetCallerIdentity is an
    // action that IAM never denies).
    List<String> shadowing =
        EventTables.rows().entrySet().stream()
            .filter(e -> !e.getValue().needsNoAction())
            .map(Map.Entry::getKey)
            .filter(e -> catalog.action(e).isPresent())
            .toList();

    assertThat(shadowing).isEmpty();
  }
}
