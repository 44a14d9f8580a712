package dev.seawall.samples;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link HardenedStack}. Parsing never touches the network or the file system.
 */
final class SampleOptions {
  /** The admin address allowed to reach SSH by default: a documentation address (RFC 5737). */
  static final String DEFAULT_ADMIN_CIDR = "203.0.113.10/32";

  /** The confirmation flag {@code --live} requires. */
  static final String CONFIRM_FLAG = "--i-understand-this-creates-billable-resources";

  static final String USAGE =
      String.join(
          "\n",
          "usage: HardenedStack [options]",
          "  (no mode flag)          rehearse offline: in-process fake DigitalOcean + embedded S3",
          "  --api-url URL           run against a DigitalOcean-compatible API (token from",
          "                          DIGITALOCEAN_TOKEN), e.g. the standalone FakeDigitalOcean",
          "  --live " + CONFIRM_FLAG,
          "                          run against the real DigitalOcean API (token from",
          "                          DIGITALOCEAN_TOKEN, Spaces keys from SPACES_ACCESS_KEY_ID /",
          "                          SPACES_SECRET_ACCESS_KEY); creates billable resources",
          "  --plan-only             print the plan and the minimal token scopes; change nothing",
          "  --with-kubernetes       add a small DOKS cluster in the VPC, its control plane",
          "                          reachable only from --admin-cidr, its nodes behind a firewall",
          "  --with-app              add a small App Platform app bound to the database (the",
          "                          cluster's trusted sources gain the app)",
          "  --admin-cidr CIDR       the only source allowed to reach SSH (default "
              + DEFAULT_ADMIN_CIDR
              + ")",
          "  --ssh-public-key FILE   OpenSSH public key for the droplets (default: an ed25519",
          "                          rehearsal key generated once and kept in the output dir as",
          "                          seawall-rehearsal-ssh-key.pub; its private half is discarded)",
          "  --region SLUG           region of every resource (default fra1)",
          "  --domain NAME           DNS name of the Let's Encrypt certificate (default",
          "                          www.example.com); rehearsals create its zone with CAA, --live",
          "                          needs the zone on DigitalOcean DNS already",
          "  --prefix NAME           prefix of every resource name (default seawall-demo)",
          "  --bucket NAME           Spaces bucket name (default <prefix>-private)",
          "  --spaces-endpoint URL   S3 endpoint in --api-url mode (default: embedded S3)",
          "  --output-dir DIR        where reports and files go (default target)",
          "  --help                  this text");

  enum Mode {
    EMBEDDED("embedded"),
    CUSTOM("custom"),
    LIVE("live");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  final Mode mode;
  final @Nullable String apiUrl;
  final boolean planOnly;
  final boolean withKubernetes;
  final boolean withApp;
  final String adminCidr;
  final @Nullable Path sshPublicKey;
  final String region;
  final String domain;
  final String prefix;
  final String bucket;
  final @Nullable String spacesEndpoint;
  final Path outputDir;
  final boolean help;

  private SampleOptions(Parser p) {
    this.mode = p.live ? Mode.LIVE : p.apiUrl != null ? Mode.CUSTOM : Mode.EMBEDDED;
    this.apiUrl = p.apiUrl;
    this.planOnly = p.planOnly;
    this.withKubernetes = p.withKubernetes;
    this.withApp = p.withApp;
    this.adminCidr = p.adminCidr;
    this.sshPublicKey = p.sshPublicKey;
    this.region = p.region;
    this.domain = p.domain;
    this.prefix = p.prefix;
    this.bucket = p.bucket != null ? p.bucket : p.prefix + "-private";
    this.spacesEndpoint = p.spacesEndpoint;
    this.outputDir = p.outputDir;
    this.help = p.help;
  }

  /**
   * Parses the arguments.
   *
   * @param defaultOutputDir the output directory unless {@code --output-dir} is given
   * @throws IllegalArgumentException for an unknown or incomplete argument, or an unsafe
   *     combination (the message says what to do)
   */
  static SampleOptions parse(String[] args, Path defaultOutputDir) {
    Parser p = new Parser(defaultOutputDir);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--api-url" -> p.apiUrl = value(args, ++i, arg);
        case "--live" -> p.live = true;
        case CONFIRM_FLAG -> p.confirmed = true;
        case "--plan-only" -> p.planOnly = true;
        case "--with-kubernetes" -> p.withKubernetes = true;
        case "--with-app" -> p.withApp = true;
        case "--admin-cidr" -> p.adminCidr = value(args, ++i, arg);
        case "--ssh-public-key" -> p.sshPublicKey = Path.of(value(args, ++i, arg));
        case "--region" -> p.region = value(args, ++i, arg);
        case "--domain" -> p.domain = value(args, ++i, arg);
        case "--prefix" -> p.prefix = value(args, ++i, arg);
        case "--bucket" -> p.bucket = value(args, ++i, arg);
        case "--spaces-endpoint" -> p.spacesEndpoint = value(args, ++i, arg);
        case "--output-dir" -> p.outputDir = Path.of(value(args, ++i, arg));
        case "--help", "-h" -> p.help = true;
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (p.live && p.apiUrl != null) {
      throw new IllegalArgumentException("use either --live or --api-url, not both");
    }
    if (p.live && !p.confirmed && !p.planOnly) {
      throw new IllegalArgumentException(
          "--live creates billable resources in your DigitalOcean account; add "
              + CONFIRM_FLAG
              + " to confirm, or use --plan-only to see what it would do");
    }
    if (p.spacesEndpoint != null && p.apiUrl == null) {
      throw new IllegalArgumentException("--spaces-endpoint is only used with --api-url");
    }
    return new SampleOptions(p);
  }

  Optional<Path> sshPublicKeyFile() {
    return Optional.ofNullable(sshPublicKey);
  }

  private static String value(String[] args, int index, String name) {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return args[index];
  }

  private static final class Parser {
    @Nullable String apiUrl;
    boolean live;
    boolean confirmed;
    boolean planOnly;
    boolean withKubernetes;
    boolean withApp;
    String adminCidr = DEFAULT_ADMIN_CIDR;
    @Nullable Path sshPublicKey;
    String region = "fra1";
    String domain = "www.example.com";
    String prefix = "seawall-demo";
    @Nullable String bucket;
    @Nullable String spacesEndpoint;
    Path outputDir;
    boolean help;

    Parser(Path outputDir) {
      this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    }
  }
}
