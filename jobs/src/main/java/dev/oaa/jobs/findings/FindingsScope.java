package dev.oaa.jobs.findings;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a run analyzed, so that only findings inside it can be resolved: a finding that a run did
 * not report is RESOLVED only if its resource is in the scope. Findings of resources the run did
 * not look at are never touched.
 *
 * <p>Two forms: {@link #resources} (the ARNs analyzed; a deleted resource is not among them, so its
 * findings stay as they are) and {@link #accounts} (every resource of these accounts was in the
 * snapshot; a deleted resource's findings are resolved too). {@link #column()} is the {@code
 * findings} column the scope matches and {@link #keys()} a one-column Dataset of its values, named
 * like that column.
 */
public record FindingsScope(String column, Dataset<Row> keys) {

  /** The column of the {@code findings} table a resource scope matches. */
  public static final String RESOURCE = "resource";

  /** The column of the {@code findings} table an account scope matches. */
  public static final String RESOURCE_OWNER_ACCOUNT = "resource_owner_account";

  /** Checks that the scope names a findings column and that {@code keys} holds just that column. */
  public FindingsScope {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(keys, "keys");
    if (!column.equals(RESOURCE) && !column.equals(RESOURCE_OWNER_ACCOUNT)) {
      throw new IllegalArgumentException(
          "A findings scope matches `resource` or "
              + "`resource_owner_account`, not `"
              + column
              + "`");
    }
    if (!Arrays.equals(keys.columns(), new String[] {column})) {
      throw new IllegalArgumentException(
          "A findings scope on `"
              + column
              + "` needs keys with just that column, got "
              + Arrays.toString(keys.columns()));
    }
  }

  /**
   * The resources in column {@code arnColumn} of {@code analyzed} (for example the run's input).
   */
  public static FindingsScope resources(Dataset<Row> analyzed, String arnColumn) {
    return new FindingsScope(RESOURCE, distinct(analyzed, arnColumn, RESOURCE));
  }

  /** Every resource of the accounts in column {@code accountColumn} of {@code analyzed}. */
  public static FindingsScope accounts(Dataset<Row> analyzed, String accountColumn) {
    return new FindingsScope(
        RESOURCE_OWNER_ACCOUNT, distinct(analyzed, accountColumn, RESOURCE_OWNER_ACCOUNT));
  }

  private static Dataset<Row> distinct(Dataset<Row> data, String from, String to) {
    return data.select(col(from).cast("string").as(to)).where(col(to).isNotNull()).distinct();
  }
}
