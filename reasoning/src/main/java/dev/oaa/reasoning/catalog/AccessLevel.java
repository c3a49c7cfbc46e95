package dev.oaa.reasoning.catalog;

/**
 * The access level of an action, as in the Service Authorization Reference and IAM policy
 * summaries.
 *
 * <p>The Service Reference JSON does not state the level; it gives four flags under {@code
 * Annotations.Properties}. AWS sets {@code IsWrite} together with {@code IsPermissionManagement} or
 * {@code IsTaggingOnly}, so the flags are read with this precedence:
 *
 * <table>
 *   <caption>Flags to access level</caption>
 *   <tr><th>flag set</th><th>level</th></tr>
 *   <tr><td>{@code IsPermissionManagement}</td><td>{@link #PERMISSIONS_MANAGEMENT}</td></tr>
 *   <tr><td>{@code IsTaggingOnly}</td><td>{@link #TAGGING}</td></tr>
 *   <tr><td>{@code IsWrite}</td><td>{@link #WRITE}</td></tr>
 *   <tr><td>{@code IsList}</td><td>{@link #LIST}</td></tr>
 *   <tr><td>none</td><td>{@link #READ}</td></tr>
 * </table>
 */
public enum AccessLevel {
  /** Listing resources (to decide whether they exist). */
  LIST("List"),
  /** Reading resource contents and attributes. */
  READ("Read"),
  /** Creating, deleting or changing resources. */
  WRITE("Write"),
  /** Granting or changing permissions (policies, grants, ACLs). */
  PERMISSIONS_MANAGEMENT("Permissions management"),
  /** Changing tags only. */
  TAGGING("Tagging");

  private final String label;

  AccessLevel(String label) {
    this.label = label;
  }

  /** The label AWS uses in its documentation, e.g. {@code "Permissions management"}. */
  public String label() {
    return label;
  }

  /**
   * The level that the {@code Annotations.Properties} flags of an action denote.
   *
   * @param flags the four flags; an absent flag is {@code false}
   */
  public static AccessLevel fromAnnotations(AnnotationFlags flags) {
    if (flags.isPermissionManagement()) {
      return PERMISSIONS_MANAGEMENT;
    }
    if (flags.isTaggingOnly()) {
      return TAGGING;
    }
    if (flags.isWrite()) {
      return WRITE;
    }
    return flags.isList() ? LIST : READ;
  }

  /**
   * The {@code Annotations.Properties} flags of an action in the Service Reference JSON.
   *
   * @param isList {@code IsList}
   * @param isPermissionManagement {@code IsPermissionManagement}
   * @param isTaggingOnly {@code IsTaggingOnly}
   * @param isWrite {@code IsWrite}
   */
  public record AnnotationFlags(
      boolean isList, boolean isPermissionManagement, boolean isTaggingOnly, boolean isWrite) {}
}
