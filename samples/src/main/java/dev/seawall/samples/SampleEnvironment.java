package dev.seawall.samples;

import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.ApiToken;
import dev.seawall.core.DigitalOcean;
import dev.seawall.core.SeawallException;
import dev.seawall.samples.SampleOptions.Mode;
import dev.seawall.spaces.Spaces;
import dev.seawall.spaces.bucket.SpacesEndpoint;
import dev.seawall.spaces.key.SpacesCredentials;
import dev.seawall.spaces.object.SseCustomerKey;
import dev.seawall.testkit.EmbeddedS3;
import dev.seawall.testkit.FakeDigitalOcean;
import dev.seawall.testkit.OpenApiContract;
import dev.seawall.testkit.TestClock;
import dev.seawall.testkit.fakes.FakeCertificates;
import dev.seawall.testkit.fakes.FakeDatabases;
import dev.seawall.testkit.fakes.FakeLoadBalancers;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.tls.HeldCertificate;
import org.jspecify.annotations.Nullable;

/**
 * Where a sample runs: the DigitalOcean client, the Spaces client and, in embedded mode, the
 * in-process fake DigitalOcean and the embedded S3 server they talk to. Closing it releases all of
 * them.
 */
final class SampleEnvironment implements AutoCloseable {
  private final Mode mode;
  private final DigitalOcean client;
  private final Spaces spaces;
  private final @Nullable SpacesEndpoint spacesEndpoint;
  private final @Nullable FakeDigitalOcean fake;
  private final @Nullable EmbeddedS3 s3;
  private final List<String> secrets = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final AtomicReference<@Nullable SshPublicKey> rehearsalKey = new AtomicReference<>();
  private final AtomicReference<@Nullable SseCustomerKey> rehearsalObjectKey =
      new AtomicReference<>();

  private SampleEnvironment(
      Mode mode,
      DigitalOcean client,
      Spaces spaces,
      @Nullable SpacesEndpoint spacesEndpoint,
      @Nullable FakeDigitalOcean fake,
      @Nullable EmbeddedS3 s3) {
    this.mode = mode;
    this.client = client;
    this.spaces = spaces;
    this.spacesEndpoint = spacesEndpoint;
    this.fake = fake;
    this.s3 = s3;
  }

  /**
   * An offline rehearsal: a fake DigitalOcean in this process (every request checked against the
   * official OpenAPI specification when it is found) on a clock that moves only when the client
   * waits, so provisioning waits take no real time; an s3proxy process for Spaces; a random token.
   */
  static SampleEnvironment embedded() {
    SecureRandom random = new SecureRandom();
    String token = "dop_v1_" + HexFormat.of().formatHex(random.generateSeed(32));
    TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    HeldCertificate ca =
        new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("Seawall rehearsal database CA")
            .duration(1, java.util.concurrent.TimeUnit.DAYS)
            .build();
    FakeDigitalOcean.Builder builder =
        FakeDigitalOcean.builder()
            .token(token)
            .clock(clock)
            .allResources()
            .addResource(new FakeDatabases().caPem(ca.certificatePem()))
            .addResource(new FakeCertificates(Duration.ofSeconds(30)))
            .addResource(new FakeLoadBalancers(Duration.ofSeconds(60)));
    Optional<OpenApiContract> contract = OpenApiContract.ifAvailable();
    contract.ifPresentOrElse(builder::contract, builder::withoutContract);
    FakeDigitalOcean fake = builder.build().start();
    EmbeddedS3 s3 = null;
    DigitalOcean client = null;
    try {
      client =
          DigitalOcean.builder()
              .token(ApiToken.of(token))
              .baseUrl(fake.url())
              .clock(clock)
              .sleeper(clock.sleeper())
              .build();
      s3 = EmbeddedS3.start();
      Spaces spaces =
          Spaces.builder()
              .credentials(SpacesCredentials.of(s3.accessKeyId(), s3.secretAccessKey()))
              .httpClient(s3.httpClient())
              .build();
      SampleEnvironment environment =
          new SampleEnvironment(
              Mode.EMBEDDED, client, spaces, SpacesEndpoint.of(s3.endpoint()), fake, s3);
      environment.secrets.add(token);
      environment.secrets.add(s3.secretAccessKey());
      return environment;
    } catch (RuntimeException e) {
      if (client != null) {
        client.close();
      }
      if (s3 != null) {
        s3.close();
      }
      fake.close();
      throw e;
    }
  }

  /**
   * A run against a DigitalOcean-compatible API at {@code apiUrl} (token from the environment).
   * Spaces: the endpoint given (keys from {@code SPACES_ACCESS_KEY_ID}/{@code
   * SPACES_SECRET_ACCESS_KEY}), else an embedded S3 server.
   */
  static SampleEnvironment custom(
      String apiUrl, @Nullable String spacesEndpoint, Map<String, String> variables) {
    String token = token(variables);
    DigitalOcean client = DigitalOcean.builder().token(ApiToken.of(token)).baseUrl(apiUrl).build();
    try {
      if (spacesEndpoint != null) {
        SampleEnvironment environment =
            new SampleEnvironment(
                Mode.CUSTOM,
                client,
                Spaces.builder().credentials(SpacesCredentials.fromEnvironment(variables)).build(),
                SpacesEndpoint.of(spacesEndpoint),
                null,
                null);
        environment.secrets.add(token);
        return environment;
      }
      EmbeddedS3 s3 = EmbeddedS3.start();
      Spaces spaces =
          Spaces.builder()
              .credentials(SpacesCredentials.of(s3.accessKeyId(), s3.secretAccessKey()))
              .httpClient(s3.httpClient())
              .build();
      SampleEnvironment environment =
          new SampleEnvironment(
              Mode.CUSTOM, client, spaces, SpacesEndpoint.of(s3.endpoint()), null, s3);
      environment.secrets.add(token);
      environment.secrets.add(s3.secretAccessKey());
      return environment;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /**
   * A run against the real DigitalOcean API and Spaces (token and Spaces keys from the
   * environment).
   */
  static SampleEnvironment live(Map<String, String> variables) {
    String token = token(variables);
    SpacesCredentials credentials = SpacesCredentials.fromEnvironment(variables);
    DigitalOcean client = DigitalOcean.builder().token(ApiToken.of(token)).build();
    SampleEnvironment environment =
        new SampleEnvironment(
            Mode.LIVE, client, Spaces.builder().credentials(credentials).build(), null, null, null);
    environment.secrets.add(token);
    environment.secrets.add(credentials.secretAccessKey());
    return environment;
  }

  private static String token(Map<String, String> variables) {
    String token = variables.getOrDefault(DigitalOcean.TOKEN_VARIABLE, "");
    if (token.isBlank()) {
      token = variables.getOrDefault(DigitalOcean.ACCESS_TOKEN_VARIABLE, "");
    }
    if (token.isBlank()) {
      throw new SeawallException(
          "this mode needs an API token in "
              + DigitalOcean.TOKEN_VARIABLE
              + "; create a custom-scoped one with the scopes --plan-only prints (Control Panel >"
              + " API > Generate New Token > Custom Scopes)");
    }
    return token.strip();
  }

  Mode mode() {
    return mode;
  }

  DigitalOcean client() {
    return client;
  }

  Spaces spaces() {
    return spaces;
  }

  /** The S3 endpoint to use instead of the region's Spaces endpoint, if any. */
  Optional<SpacesEndpoint> spacesEndpoint() {
    return Optional.ofNullable(spacesEndpoint);
  }

  /** The in-process fake DigitalOcean (embedded mode only). */
  Optional<FakeDigitalOcean> fake() {
    return Optional.ofNullable(fake);
  }

  /** The embedded S3 server, if one runs. */
  Optional<EmbeddedS3> s3() {
    return Optional.ofNullable(s3);
  }

  /**
   * The SSH public key of a rehearsal: a new ed25519 key, the same for every run in this
   * environment (its private half is discarded: nobody logs in to a rehearsal).
   */
  SshPublicKey rehearsalKey() {
    return rehearsalKey.updateAndGet(
        key -> key != null ? key : SampleFiles.generateEd25519PublicKey("seawall-rehearsal"));
  }

  /** The SSE-C key of the demo object in a rehearsal: new, the same for every run in it. */
  SseCustomerKey rehearsalObjectKey() {
    return rehearsalObjectKey.updateAndGet(key -> key != null ? key : SseCustomerKey.generate());
  }

  /** Remembers a secret of this run, so tests can check that it never appears in any output. */
  void addSecret(String secret) {
    if (!secret.isBlank()) {
      secrets.add(secret);
    }
  }

  /** The secrets of this run (API token, S3 secret, keys and passwords created). */
  List<String> secrets() {
    return List.copyOf(secrets);
  }

  /** Closes {@code closeable} together with this environment. */
  void closeLater(AutoCloseable closeable) {
    closeables.add(closeable);
  }

  /** A one-line description of where requests go, without secrets. */
  String describe() {
    StringBuilder text = new StringBuilder(mode.label());
    if (fake != null) {
      text.append(" (in-process fake DigitalOcean at ").append(fake.url());
      text.append(fake.contract().isPresent() ? ", OpenAPI-validated" : ", no OpenAPI validation");
    } else {
      text.append(" (DigitalOcean API at ").append(client.baseUrl());
    }
    if (s3 != null) {
      text.append("; embedded S3 at ").append(s3.endpoint());
    } else if (spacesEndpoint != null) {
      text.append("; S3 at ").append(spacesEndpoint);
    } else {
      text.append("; DigitalOcean Spaces");
    }
    return text.append(')').toString();
  }

  @Override
  public void close() {
    for (AutoCloseable closeable : closeables) {
      try {
        closeable.close();
      } catch (Exception e) {
        // best effort
      }
    }
    spaces.close();
    client.close();
    if (s3 != null) {
      s3.close();
    }
    if (fake != null) {
      fake.close();
    }
  }
}
