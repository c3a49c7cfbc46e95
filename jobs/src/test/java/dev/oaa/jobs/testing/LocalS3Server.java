package dev.oaa.jobs.testing;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.PageSet;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * An S3-compatible server on loopback for tests: s3proxy over jclouds' in-memory ({@code
 * transient}) blob store, started in the test JVM on a free port.
 *
 * <p>Obtain it through {@link S3ProxyExtension}. Each test takes a fresh bucket from {@link
 * #createBucket()}, points s3a at the server with {@link #configure(SparkSession)} and reads the
 * stored keys back with {@link #keys(String)} to check what really reached the server.
 */
public final class LocalS3Server implements AutoCloseable {

  private static final String ACCESS_KEY = "oaa-test-access-key";
  private static final String SECRET_KEY = "oaa-test-secret-key";

  private final BlobStoreContext context;
  private final S3Proxy proxy;
  private final AtomicInteger bucketCount = new AtomicInteger();

  private LocalS3Server(BlobStoreContext context, S3Proxy proxy) {
    this.context = context;
    this.proxy = proxy;
  }

  /**
   * Starts a server on {@code 127.0.0.1} and an ephemeral port; returns when it accepts requests.
   */
  static LocalS3Server start() throws Exception {
    BlobStoreContext context =
        ContextBuilder.newBuilder("transient")
            .credentials(ACCESS_KEY, SECRET_KEY)
            .build(BlobStoreContext.class);
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    try {
      proxy.start(); // Jetty's start() returns once the connector is bound.
    } catch (Exception e) {
      context.close();
      throw e;
    }
    return new LocalS3Server(context, proxy);
  }

  /** The HTTP endpoint, {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  /** The access key the server accepts. */
  public String accessKey() {
    return ACCESS_KEY;
  }

  /** The secret key the server accepts. */
  public String secretKey() {
    return SECRET_KEY;
  }

  /** Creates an empty bucket with a name not used before in this JVM, and returns the name. */
  public String createBucket() {
    String bucket = "oaa-test-" + bucketCount.incrementAndGet();
    context.getBlobStore().createContainerInLocation(null, bucket);
    return bucket;
  }

  /** The keys of every object in {@code bucket}, in the order the server lists them. */
  public List<String> keys(String bucket) {
    BlobStore store = context.getBlobStore();
    List<String> keys = new ArrayList<>();
    ListContainerOptions options = ListContainerOptions.Builder.recursive();
    while (true) {
      PageSet<? extends StorageMetadata> page = store.list(bucket, options);
      page.forEach(blob -> keys.add(blob.getName()));
      if (page.getNextMarker() == null) {
        return keys;
      }
      options = ListContainerOptions.Builder.recursive().afterMarker(page.getNextMarker());
    }
  }

  /**
   * The Hadoop settings that send every {@code s3a://} path to this server (path-style, plain HTTP,
   * static keys).
   */
  public Map<String, String> s3aProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("fs.s3a.endpoint", endpoint().toString());
    properties.put("fs.s3a.endpoint.region", "us-east-1");
    properties.put("fs.s3a.path.style.access", "true");
    properties.put("fs.s3a.connection.ssl.enabled", "false");
    properties.put(
        "fs.s3a.aws.credentials.provider", "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
    properties.put("fs.s3a.access.key", ACCESS_KEY);
    properties.put("fs.s3a.secret.key", SECRET_KEY);
    // Delta calls hflush/hsync, which S3 cannot honour; warn-and-continue is what s3a does anyway.
    properties.put("fs.s3a.downgrade.syncable.exceptions", "true");
    return properties;
  }

  /**
   * Points the session's s3a at this server. The setting is JVM-wide for the shared session, which
   * is what tests want: no {@code s3a://} path can reach a real S3 endpoint.
   */
  public void configure(SparkSession spark) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    s3aProperties().forEach(hadoop::set);
  }

  /** Stops the server and drops every bucket. */
  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the local S3 server", e);
    } finally {
      context.close();
    }
  }
}
