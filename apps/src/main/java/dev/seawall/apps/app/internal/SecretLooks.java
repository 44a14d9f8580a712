package dev.seawall.apps.app.internal;

import dev.seawall.core.value.SecretPatterns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an environment variable's name or value looks secret (rule SW-APP-001) or is a pasted
 * database connection (SW-APP-002). The token, key and URL shapes are core's {@link
 * SecretPatterns}, shared with compute's user-data scanner (SW-DR-004); the name rules follow that
 * scanner's, plus the names of App Platform's world: {@code *_KEY}, {@code *_TOKEN}, {@code
 * *_PASSWORD}, {@code *_SECRET}, {@code *_CREDENTIALS}, {@code DATABASE_URL} and other
 * connection-string names. Nothing here ever returns or logs the value.
 */
public final class SecretLooks {
  private static final Pattern VENDOR_TOKEN =
      Pattern.compile(
          "(?<![A-Za-z0-9_])(?:sk_live_[A-Za-z0-9]{16,}|xox[abpors]-[A-Za-z0-9-]{10,})");
  private static final Pattern BINDING = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+\\}");
  private static final Pattern WORD_SPLIT = Pattern.compile("[_.\\-]+");
  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "password",
          "passwd",
          "pass",
          "pwd",
          "passphrase",
          "secret",
          "token",
          "apikey",
          "key",
          "credential",
          "credentials",
          "dsn");
  private static final Set<String> NOT_SECRET_KEY_QUALIFIERS =
      Set.of("public", "publishable", "site", "primary", "sort", "partition", "idempotency");
  private static final Set<String> CONNECTION_SUBJECTS =
      Set.of(
          "database",
          "db",
          "redis",
          "valkey",
          "mongo",
          "mongodb",
          "postgres",
          "postgresql",
          "pg",
          "mysql",
          "amqp",
          "rabbitmq",
          "kafka",
          "opensearch",
          "elasticsearch",
          "connection");
  private static final Set<String> CONNECTION_WORDS = Set.of("url", "uri", "string");
  private static final Set<String> DATABASE_SCHEMES =
      Set.of(
          "postgres",
          "postgresql",
          "mysql",
          "mysql2",
          "redis",
          "rediss",
          "valkey",
          "valkeys",
          "mongodb",
          "mongodb+srv",
          "amqp",
          "amqps",
          "kafka");
  private static final Set<String> NOT_SECRETS =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "none", "nil", "~");

  private SecretLooks() {}

  /**
   * Whether a variable name says it holds a secret: its last word is {@code password}, {@code
   * token}, {@code secret}, {@code key} (not {@code public_key}, {@code publishable_key}, ...),
   * {@code credentials}, {@code dsn}, ... (words split at {@code _ . -} and camelCase), or it names
   * a connection string ({@code DATABASE_URL}, {@code REDIS_URI}, {@code CONNECTION_STRING}).
   */
  public static boolean name(String name) {
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    String before = words.size() > 1 ? words.get(words.size() - 2) : "";
    if (last.equals("key")) {
      return words.size() > 1 && !NOT_SECRET_KEY_QUALIFIERS.contains(before);
    }
    if (SECRET_WORDS.contains(last) || last.endsWith("password") || last.endsWith("passwd")) {
      return true;
    }
    return CONNECTION_WORDS.contains(last) && CONNECTION_SUBJECTS.contains(before);
  }

  /**
   * Whether a value is a literal present in the spec: not empty, not a bindable variable that App
   * Platform resolves at deploy time ({@code ${db.DATABASE_URL}}), not an {@code EV[...]}
   * ciphertext, and not a flag word ({@code true}, {@code off}, ...).
   */
  public static boolean literal(String value) {
    String v = value.strip();
    if (v.isEmpty() || isCiphertext(v) || NOT_SECRETS.contains(v.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return !BINDING.matcher(v).replaceAll("").isBlank();
  }

  /**
   * Whether a value looks like a secret whatever its name: a DigitalOcean, GitHub, Stripe or Slack
   * token, an AWS access key id, a private key, or a URL with a literal password.
   */
  public static boolean value(String value) {
    return SecretPatterns.DIGITALOCEAN_TOKEN.matcher(value).find()
        || SecretPatterns.PRIVATE_KEY_BEGIN.matcher(value).find()
        || SecretPatterns.AWS_ACCESS_KEY_ID.matcher(value).find()
        || SecretPatterns.GITHUB_TOKEN.matcher(value).find()
        || VENDOR_TOKEN.matcher(value).find()
        || credentialsInUrl(value);
  }

  /** Whether a variable with this name and value must be a SECRET (SW-APP-001). */
  public static boolean secret(String name, String value) {
    return (name(name) && literal(value)) || value(value);
  }

  /**
   * Whether a value is a pasted database connection (SW-APP-002): a URL of a database scheme
   * ({@code postgresql://}, {@code mysql://}, {@code rediss://}, {@code mongodb+srv://}, ...) with
   * a literal password, rather than a bindable variable.
   */
  public static boolean databaseConnection(String value) {
    Matcher url = SecretPatterns.URL_CREDENTIALS.matcher(value);
    while (url.find()) {
      if (DATABASE_SCHEMES.contains(url.group(1).toLowerCase(Locale.ROOT))
          && literal(url.group(2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a value is App Platform ciphertext: {@code EV[...]}. */
  public static boolean isCiphertext(String value) {
    return value.startsWith("EV[") && value.endsWith("]");
  }

  private static boolean credentialsInUrl(String value) {
    Matcher url = SecretPatterns.URL_CREDENTIALS.matcher(value);
    while (url.find()) {
      if (literal(url.group(2))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(String name) {
    String spaced = CAMEL.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : WORD_SPLIT.split(spaced)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
