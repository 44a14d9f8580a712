package dev.seawall.databases.tls;

import dev.seawall.core.io.OwnerOnlyFiles;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.Checks;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.databases.CredentialsUnavailableException;
import dev.seawall.databases.DatabaseEngine;
import dev.seawall.databases.DatabasesRules;
import dev.seawall.databases.cluster.DatabaseCluster;
import dev.seawall.databases.cluster.DatabaseConnection;
import dev.seawall.databases.user.DatabaseUser;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How to open a verified TLS connection to a managed PostgreSQL or MySQL cluster over JDBC: a JDBC
 * URL plus driver properties that verify the server's certificate against the cluster CA and the
 * host name.
 *
 * <ul>
 *   <li>PostgreSQL (pgjdbc): {@code sslmode=verify-full}, {@code sslrootcert=<CA file>};
 *   <li>MySQL (Connector/J 8.0.13+): {@code sslMode=VERIFY_IDENTITY}, {@code
 *       trustCertificateKeyStoreUrl=<PKCS#12 trust store>} of type {@code PKCS12} with {@code
 *       fallbackToSystemTrustStore=false}, so only the cluster CA is trusted.
 * </ul>
 *
 * <p>The TLS parameters are in the URL as well as in {@link #properties()}, so the URL alone never
 * connects unverified; user and password are only in the properties. The CA (and, for MySQL, the
 * trust store) is written to a file readable by the owner only, created with those permissions and
 * moved into place atomically, in the {@linkplain Builder#directory(Path) directory} given or in a
 * new private temporary directory.
 *
 * <pre>{@code
 * ConnectionSettings settings = ConnectionSettings.builder()
 *     .cluster(cluster, ClusterNetwork.PRIVATE)
 *     .user(appUser)
 *     .caCertificate(clusters.caCertificate(cluster.id()))
 *     .build();
 * try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.properties())) { ... }
 * }</pre>
 *
 * <p>Settings that do not verify the server are refused (SW-DB-004) unless {@link
 * Builder#withoutVerification(Justification)} is used. The password never appears in {@link
 * #toString()}, in the URL or in exception messages.
 */
public final class ConnectionSettings {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final DatabaseEngine engine;
  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private final boolean verifiesServer;
  private final @Nullable Path caFile;
  private final @Nullable Path trustStoreFile;
  private final String trustStorePassword;
  private final Map<String, String> tlsParameters;
  private final List<AcknowledgedRisk> acknowledgedRisks;

  private ConnectionSettings(Builder builder, @Nullable CaCertificate ca, boolean verify) {
    this.engine = builder.engine;
    this.host = builder.host;
    this.port = builder.port;
    this.database = builder.database.isEmpty() ? "defaultdb" : builder.database;
    this.user = builder.user;
    this.password = builder.password;
    this.verifiesServer = verify;
    this.acknowledgedRisks = List.copyOf(builder.acknowledgedRisks);
    Map<String, String> tls = new LinkedHashMap<>();
    Path directory = builder.directory;
    if (verify && ca != null) {
      directory =
          directory == null
              ? OwnerOnlyFiles.privateTempDirectory("seawall-db-")
              : OwnerOnlyFiles.directory(directory);
    }
    if (engine.isPostgresql()) {
      this.trustStoreFile = null;
      this.trustStorePassword = "";
      if (verify && ca != null && directory != null) {
        this.caFile = ca.writePem(directory);
        tls.put("sslmode", "verify-full");
        tls.put("sslrootcert", caFile.toString());
      } else {
        this.caFile = null;
        tls.put("sslmode", "require");
      }
    } else {
      if (verify && ca != null && directory != null) {
        this.caFile = ca.writePem(directory);
        this.trustStorePassword = HexFormat.of().formatHex(randomBytes());
        this.trustStoreFile = ca.writePkcs12TrustStore(directory, trustStorePassword.toCharArray());
        tls.put("sslMode", "VERIFY_IDENTITY");
        tls.put("trustCertificateKeyStoreUrl", trustStoreFile.toUri().toString());
        tls.put("trustCertificateKeyStoreType", "PKCS12");
        tls.put("fallbackToSystemTrustStore", "false");
      } else {
        this.caFile = null;
        this.trustStoreFile = null;
        this.trustStorePassword = "";
        tls.put("sslMode", "REQUIRED");
      }
    }
    this.tlsParameters = Collections.unmodifiableMap(tls);
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The engine: PostgreSQL or MySQL (standard or Advanced Edition). */
  public DatabaseEngine engine() {
    return engine;
  }

  /** The host name. */
  public String host() {
    return host;
  }

  /** The TCP port. */
  public int port() {
    return port;
  }

  /** The database; {@code defaultdb} unless set. */
  public String database() {
    return database;
  }

  /** The user name. */
  public String user() {
    return user;
  }

  /** The password: a secret; pass it to the driver, never log it. */
  public String password() {
    return password;
  }

  /**
   * Whether the settings verify the server's certificate and host name (false only with the
   * opt-out).
   */
  public boolean verifiesServer() {
    return verifiesServer;
  }

  /** The CA PEM file (owner-only), when verifying. */
  public Optional<Path> caFile() {
    return Optional.ofNullable(caFile);
  }

  /** MySQL: the PKCS#12 trust store file (owner-only), when verifying. */
  public Optional<Path> trustStoreFile() {
    return Optional.ofNullable(trustStoreFile);
  }

  /**
   * The JDBC URL with the TLS parameters and without credentials, e.g. {@code
   * jdbc:postgresql://db.example:25060/defaultdb?sslmode=verify-full&sslrootcert=...}.
   */
  public String jdbcUrl() {
    String scheme = engine.isPostgresql() ? "jdbc:postgresql://" : "jdbc:mysql://";
    String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    String query =
        tlsParameters.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return scheme
        + hostPart
        + ":"
        + port
        + "/"
        + URLEncoder.encode(database, StandardCharsets.UTF_8)
        + "?"
        + query;
  }

  /**
   * The driver properties: {@code user}, {@code password}, the TLS parameters and, for MySQL, the
   * trust store password. A new copy on each call.
   */
  public Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    tlsParameters.forEach(properties::setProperty);
    if (!trustStorePassword.isEmpty()) {
      properties.setProperty("trustCertificateKeyStorePassword", trustStorePassword);
    }
    return properties;
  }

  /** The risks accepted through opt-outs (SW-DB-004 with {@link Builder#withoutVerification}). */
  public List<AcknowledgedRisk> acknowledgedRisks() {
    return acknowledgedRisks;
  }

  @Override
  public String toString() {
    return "ConnectionSettings["
        + jdbcUrl()
        + ", user="
        + user
        + ", password=<redacted>, verifiesServer="
        + verifiesServer
        + "]";
  }

  /**
   * Builder of {@link ConnectionSettings}. {@link #build()} writes the CA (and trust store) files;
   * nothing is written when validation fails.
   */
  public static final class Builder {
    private DatabaseEngine engine = DatabaseEngine.UNKNOWN;
    private String host = "";
    private int port;
    private String database = "";
    private String user = "";
    private String password = "";
    private String credentialsSubject = "";
    private @Nullable CaCertificate ca;
    private @Nullable Path directory;
    private final List<AcknowledgedRisk> acknowledgedRisks = new ArrayList<>();

    private Builder() {}

    /**
     * Takes engine, host, port, database, user and password from one of a cluster's connections. If
     * the cluster's credentials are blank (token without {@code database:view_credentials}), {@link
     * #build()} throws {@link CredentialsUnavailableException} unless {@link #user(DatabaseUser)}
     * or {@link #credentials(String, String)} supplies other ones.
     *
     * @param cluster the cluster
     * @param network which connection to use; {@link ClusterNetwork#PRIVATE} falls back to the
     *     public connection only if the cluster reports no private one
     * @return this builder
     * @throws IllegalArgumentException if the cluster reports no connection at all
     */
    public Builder cluster(DatabaseCluster cluster, ClusterNetwork network) {
      Optional<DatabaseConnection> chosen =
          network == ClusterNetwork.PRIVATE
              ? cluster.privateConnection().filter(c -> !c.host().isEmpty())
              : Optional.empty();
      DatabaseConnection connection =
          chosen
              .or(cluster::connection)
              .filter(c -> !c.host().isEmpty())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "database cluster " + cluster.id() + " reports no connection yet"));
      this.engine = cluster.engine();
      this.host = connection.host();
      this.port = connection.port();
      this.database = connection.database();
      this.user = connection.user();
      this.password = connection.hasCredentials() ? connection.password() : "";
      this.credentialsSubject = "database cluster " + cluster.name() + " (" + cluster.id() + ")";
      return this;
    }

    /** Sets the engine: PostgreSQL or MySQL (standard or Advanced Edition). */
    public Builder engine(DatabaseEngine engine) {
      this.engine = Objects.requireNonNull(engine, "engine");
      return this;
    }

    /** Sets the host name. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host").strip();
      return this;
    }

    /** Sets the TCP port, 1-65535 (DigitalOcean uses 25060). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Sets the database. Default: the connection's database, else {@code defaultdb}. */
    public Builder database(String database) {
      this.database = Objects.requireNonNull(database, "database").strip();
      return this;
    }

    /**
     * Connects as a database user (e.g. a least-privilege one created for the application).
     *
     * @param databaseUser the user, with its password
     * @return this builder
     * @throws CredentialsUnavailableException if the user's password is blank
     */
    public Builder user(DatabaseUser databaseUser) {
      return credentials(databaseUser.name(), databaseUser.requirePassword());
    }

    /**
     * Sets user name and password.
     *
     * @param user the user name
     * @param password the password (a secret; never logged)
     * @return this builder
     */
    public Builder credentials(String user, String password) {
      this.user = Objects.requireNonNull(user, "user").strip();
      this.password = Objects.requireNonNull(password, "password");
      this.credentialsSubject = "";
      return this;
    }

    /** Sets the cluster CA the server certificate must chain to. Required unless opted out. */
    public Builder caCertificate(CaCertificate ca) {
      this.ca = Objects.requireNonNull(ca, "ca");
      return this;
    }

    /**
     * Sets the directory the CA file (and MySQL trust store) is written to. A directory that does
     * not exist yet is created (with its missing parents) so that only its owner can enter it; an
     * existing directory is used as it is, unless other users can write to it (then the CA file TLS
     * verification trusts could be replaced). Default: a new temporary directory only the owner can
     * enter.
     *
     * @throws java.io.UncheckedIOException from {@link #build()} if the directory cannot be created
     * @throws IllegalArgumentException from {@link #build()} if the existing directory is writable
     *     by its group or by others
     */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Opt-out of SW-DB-004: encrypts without verifying the server ({@code sslmode=require} / {@code
     * sslMode=REQUIRED}), even if a CA is set. Risk: anyone who can intercept the connection can
     * impersonate the database and read every query and the password.
     *
     * @param justification why this is acceptable
     * @return this builder
     */
    public Builder withoutVerification(Justification justification) {
      acknowledgedRisks.add(
          AcknowledgedRisk.of(
              DatabasesRules.SW_DB_004,
              Objects.requireNonNull(justification, "justification"),
              "TLS without server verification"));
      return this;
    }

    /**
     * Checks the settings and, if valid, writes the files and returns them.
     *
     * @return the settings, or every violation (SW-DB-004, SW-INPUT-001)
     * @throws CredentialsUnavailableException if the password came from a cluster and is blank
     */
    public Validation<Seq<Violation>, ConnectionSettings> validate() {
      Checks checks = Checks.on("databaseConnection/" + (host.isEmpty() ? "<no host>" : host));
      if (!engine.isPostgresql() && !engine.isMysql()) {
        checks.invalid(
            "engine",
            "JDBC connection settings exist for PostgreSQL and MySQL only; for "
                + (engine == DatabaseEngine.UNKNOWN ? "an unknown engine" : engine.slug())
                + " use the connection's host and port with CaCertificate.writePem");
      }
      if (host.isEmpty()) {
        checks.invalid("host", "a host is required");
      }
      if (port < 1 || port > 65535) {
        checks.invalid("port", "must be 1-65535, got " + port);
      }
      if (user.isEmpty() && credentialsSubject.isEmpty()) {
        checks.invalid("user", "a user is required");
      }
      boolean optedOut = Checks.isAcknowledged(DatabasesRules.SW_DB_004, acknowledgedRisks);
      checks.refuseUnlessAcknowledged(
          DatabasesRules.SW_DB_004,
          ca == null,
          acknowledgedRisks,
          "no cluster CA: the server could not be verified; set caCertificate(...) from the"
              + " cluster's CA (GET /v2/databases/{id}/ca)",
          "withoutVerification(Justification)");
      if (!checks.hasErrors() && password.isEmpty()) {
        if (!credentialsSubject.isEmpty()) {
          throw new CredentialsUnavailableException(credentialsSubject + " user " + user);
        }
        checks.invalid("password", "a password is required");
      }
      CaCertificate certificate = ca;
      return checks.result(() -> new ConnectionSettings(this, certificate, !optedOut));
    }

    /**
     * Validates the settings and writes the files.
     *
     * @return the settings
     * @throws InvalidSpecException listing every violation
     * @throws CredentialsUnavailableException if the password came from a cluster and is blank
     * @throws java.io.UncheckedIOException if a file cannot be written
     */
    public ConnectionSettings build() {
      var result = validate();
      if (result.isInvalid()) {
        throw InvalidSpecException.of(result.getError());
      }
      return result.get();
    }
  }
}
