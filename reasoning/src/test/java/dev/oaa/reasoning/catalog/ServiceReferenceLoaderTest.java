package dev.oaa.reasoning.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oaa.reasoning.errors.CatalogException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceReferenceLoaderTest {
  private static final String GOOD =
      """
      {"Name": "sqs", "Actions": [{"Name": "SendMessage",
        "Annotations": {"Properties": {"IsWrite": true}}}]}
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private void index(String... services) throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (String service : services) {
      json.append(json.length() > 1 ? "," : "");
      json.append("{\"service\":\"").append(service).append("\",\"url\":\"./");
      json.append(service).append(".json\"}");
    }
    write("index.json", json.append("]").toString());
  }

  private String fileOf(String service) {
    return dir.resolve(service + ".json").toString();
  }

  @Test
  void loadsAServiceWhoseOptionalListsAreAbsent() throws IOException {
    index("sqs");
    write("sqs.json", GOOD);

    ServiceCatalog catalog = ServiceReferenceLoader.load(dir);

    assertThat(catalog.accessLevel("sqs:SendMessage")).hasValue(AccessLevel.WRITE);
    assertThat(catalog.resourceTypes("sqs:SendMessage")).isEmpty();
    assertThat(catalog.toString()).isEqualTo("ServiceCatalog[1 services, 1 actions]");
  }

  @Test
  void readsAwsIndexesWithAbsoluteUrlsFromTheServiceFileName() throws IOException {
    write("index.json", "[{\"service\":\"sqs\",\"url\":\"https://example.com/v1/sqs/sqs.json\"}]");
    write("sqs.json", GOOD);

    assertThat(ServiceReferenceLoader.load(dir).isKnownService("sqs")).isTrue();
  }

  @Test
  void reportsInvalidJsonWithLineAndColumn() throws IOException {
    index("sqs");
    write("sqs.json", "{\"Name\": \"sqs\",\n \"Actions\": [}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessageStartingWith(
            "Cannot load service reference " + fileOf("sqs") + ": invalid JSON at line 2,")
        .hasMessageNotContaining("\n");
  }

  @Test
  void reportsAMissingFile() throws IOException {
    index("sqs");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .isInstanceOf(CatalogException.class)
        .hasMessage("Cannot load service reference " + fileOf("sqs") + ": file not found");
  }

  @Test
  void reportsAMissingIndex() {
    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference " + dir.resolve("index.json") + ": file not found");
  }

  @Test
  void reportsAnIndexThatIsNotAList() throws IOException {
    write("index.json", "{\"service\": \"sqs\"}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + dir.resolve("index.json")
                + ": /: expected an array of {service, url}");
  }

  @Test
  void rejectsIndexEntriesThatAreNotServicePrefixes() throws IOException {
    write("index.json", "[{\"service\":\"../etc\",\"url\":\"./x.json\"}]");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + dir.resolve("index.json")
                + ": /0/service: expected a service prefix, got \"../etc\"");
  }

  @Test
  void rejectsRelativeUrlsOutsideTheDirectory() throws IOException {
    write("index.json", "[{\"service\":\"sqs\",\"url\":\"../sqs.json\"}]");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + dir.resolve("index.json")
                + ": entry `sqs` points outside the directory: ../sqs.json");
  }

  @Test
  void reportsAMissingFieldWithItsJsonPointer() throws IOException {
    index("sqs");
    write(
        "sqs.json", "{\"Name\": \"sqs\", \"Actions\": [{\"Annotations\": {\"Properties\": {}}}]}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference " + fileOf("sqs") + ": /Actions/0/Name: missing");
  }

  @Test
  void reportsAnActionWithoutAnnotations() throws IOException {
    index("sqs");
    write("sqs.json", "{\"Name\": \"sqs\", \"Actions\": [{\"Name\": \"SendMessage\"}]}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + fileOf("sqs")
                + ": /Actions/0/Annotations/Properties: missing (needed for the access level)");
  }

  @Test
  void reportsAFlagThatIsNotABoolean() throws IOException {
    index("sqs");
    write(
        "sqs.json",
        "{\"Name\": \"sqs\", \"Actions\": [{\"Name\": \"SendMessage\","
            + " \"Annotations\": {\"Properties\": {\"IsWrite\": \"yes\"}}}]}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + fileOf("sqs")
                + ": /Actions/0/Annotations/Properties/IsWrite: expected true or false");
  }

  @Test
  void reportsAnUnknownConditionKeyType() throws IOException {
    index("sqs");
    write(
        "sqs.json",
        "{\"Name\": \"sqs\", \"Actions\": [],"
            + " \"ConditionKeys\": [{\"Name\": \"sqs:Size\", \"Types\": [\"Long\"]}]}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessageStartingWith(
            "Cannot load service reference "
                + fileOf("sqs")
                + ": /ConditionKeys/0/Types/0: unknown condition key type `Long` for `sqs:Size`"
                + " (known: String, ArrayOfString, ARN,");
  }

  @Test
  void reportsAMissingActionsList() throws IOException {
    index("sqs");
    write("sqs.json", "{\"Name\": \"sqs\", \"Actions\": {}}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference " + fileOf("sqs") + ": /Actions: expected an array");
  }

  @Test
  void reportsDuplicateActions() throws IOException {
    index("sqs");
    String action = "{\"Name\": \"%s\", \"Annotations\": {\"Properties\": {}}}";
    write(
        "sqs.json",
        "{\"Name\": \"sqs\", \"Actions\": ["
            + action.formatted("SendMessage")
            + ","
            + action.formatted("sendmessage")
            + "]}");

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + fileOf("sqs")
                + ": /Actions: duplicate action `sendmessage`");
  }

  @Test
  void reportsAFileWhoseNameDiffersFromTheIndex() throws IOException {
    index("sns");
    write("sns.json", GOOD);

    assertThatThrownBy(() -> ServiceReferenceLoader.load(dir))
        .hasMessage(
            "Cannot load service reference "
                + fileOf("sns")
                + ": /Name: `sqs` does not match the service `sns` listed in index.json");
  }

  @Test
  void collectsBadFilesAndLoadsTheOthersWhenAskedTo() throws IOException {
    index("sns", "sqs", "ses");
    write("sns.json", "not json");
    write("sqs.json", GOOD);

    CatalogLoadResult result = ServiceReferenceLoader.loadCollectingErrors(dir);

    assertThat(result.catalog().servicePrefixes()).containsExactly("sqs");
    assertThat(result.errors())
        .extracting(CatalogLoadError::source)
        .containsExactly(fileOf("sns"), fileOf("ses"));
    assertThat(result.errors().get(1).message())
        .isEqualTo("Cannot load service reference " + fileOf("ses") + ": file not found");
  }

  @Test
  void stillFailsOnAnUnreadableIndexWhenCollectingErrors() throws IOException {
    write("index.json", "[");

    assertThatThrownBy(() -> ServiceReferenceLoader.loadCollectingErrors(dir))
        .hasMessageStartingWith(
            "Cannot load service reference " + dir.resolve("index.json") + ": invalid JSON");
  }
}
