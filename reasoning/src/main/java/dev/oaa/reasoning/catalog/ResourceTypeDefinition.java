package dev.oaa.reasoning.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A resource type of a service: its name, the ARN formats that identify it (with placeholders such
 * as {@code ${Partition}} and {@code ${BucketName}}) and the condition keys that apply to it.
 *
 * @param name the name, e.g. {@code bucket}
 * @param arnFormats the ARN templates, e.g. {@code arn:${Partition}:s3:::${BucketName}}
 * @param conditionKeys the condition keys, as the catalog spells them
 */
public record ResourceTypeDefinition(
    String name, List<String> arnFormats, List<String> conditionKeys) {

  /** Copies the lists. */
  public ResourceTypeDefinition {
    Objects.requireNonNull(name, "name");
    arnFormats = List.copyOf(arnFormats);
    conditionKeys = List.copyOf(conditionKeys);
  }
}
