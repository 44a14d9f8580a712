package dev.seawall.compute.droplet;

import dev.seawall.core.value.SecretPatterns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secrets in droplet user data (rule SW-DR-004). User data is stored by DigitalOcean in clear
 * text and readable by every process on the droplet through the metadata service at {@code
 * http://169.254.169.254/metadata/v1/user-data}, so it must not carry secrets.
 *
 * <p>What is found (see {@link SecretKind}):
 *
 * <ul>
 *   <li>DigitalOcean API tokens: {@code dop_v1_}, {@code doo_v1_}, {@code dor_v1_} followed by 64
 *       hex digits;
 *   <li>private keys: a {@code -----BEGIN ... PRIVATE KEY-----} line (RSA, EC, DSA, OpenSSH,
 *       PKCS#8, encrypted PKCS#8, PGP private key blocks);
 *   <li>password-looking assignments: {@code name = value}, {@code name: value}, {@code "name":
 *       "value"} and {@code --name value} where the last word of {@code name} is {@code password},
 *       {@code passwd}, {@code pass}, {@code passphrase}, {@code secret}, {@code token}, or {@code
 *       key} preceded by {@code api}, {@code secret}, {@code access}, {@code private}, {@code
 *       encryption}, {@code master} or {@code signing} (also {@code apikey}, and compound names
 *       ending in {@code password}/{@code passwd}, e.g. {@code PGPASSWORD}). Words are split at
 *       {@code _ . -} and camelCase boundaries, so {@code DB_PASSWORD}, {@code dbPassword}, {@code
 *       client_secret}, {@code AWS_SECRET_ACCESS_KEY} and {@code --password} match while {@code
 *       PasswordAuthentication no}, {@code password_authentication: true} and {@code
 *       ssh_authorized_keys:} do not;
 *   <li>URLs with a password in the user info ({@code https://user:password@host});
 *   <li>AWS access key ids and GitHub tokens.
 * </ul>
 *
 * <p>Decided exceptions for assignments (the value is not in the user data, or is no secret): an
 * empty value, a reference that something else resolves ({@code $VAR}, {@code ${VAR}}, {@code
 * $(command)}, Jinja {@code {{ ... }}}, ERB {@code <%= ... %>}), a YAML flow mapping or sequence
 * ({@code chpasswd: { expire: false }}, whose entries are checked on their own), and the words
 * {@code true}, {@code false}, {@code yes}, {@code no}, {@code on}, {@code off}, {@code null},
 * {@code none}, {@code nil} and {@code ~} (e.g. cloud-init's {@code lock_passwd: true}). A YAML
 * block scalar ({@code password: |}) counts as a literal, since its value follows on the next
 * lines; a bare value starting with {@code #} is a comment. A crypt(3) password hash ({@code $1$},
 * {@code $2b$}, {@code $5$}, {@code $6$}, {@code $y$}, ..., e.g. cloud-init {@code passwd: $6$...})
 * is a literal, not a reference: it can be cracked offline and enables password logins.
 *
 * <p>This is a heuristic, like every secret scanner: it finds the common accidents, not every
 * possible encoding of a secret (base64-wrapped values, {@code chpasswd} lists of {@code
 * user:password} lines, or secrets split over several lines are not found). Findings never hold the
 * secret, only its {@link SecretKind} and line number.
 */
public final class UserDataScanner {
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

  private static final String VALUE = "(?:\"([^\"]*)\"|'([^']*)'|([^\\s,;&}\\]'\"]+))";
  private static final Pattern ASSIGNMENT =
      Pattern.compile(
          "(?<![A-Za-z0-9_.$\\-])[\"']?(-{0,2}[A-Za-z][A-Za-z0-9_.-]*)[\"']?\\s*[:=][ \\t]*"
              + VALUE);
  private static final Pattern LONG_OPTION =
      Pattern.compile("(?<![A-Za-z0-9_-])--([A-Za-z][A-Za-z0-9-]*)[ \\t]+(?!-)" + VALUE);

  private static final Pattern CRYPT_HASH =
      Pattern.compile("\\$(?:1|2[abxy]?|5|6|7|y|gy|md5|sha1)\\$.*");
  private static final Pattern WORD_SPLIT = Pattern.compile("[_.\\-]+");
  private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
  private static final Set<String> SECRET_WORDS =
      Set.of("password", "passwd", "pass", "passphrase", "secret", "token", "apikey");
  private static final Set<String> KEY_QUALIFIERS =
      Set.of("api", "secret", "access", "private", "encryption", "master", "signing");
  private static final Set<String> NOT_SECRETS =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "none", "nil", "~");

  private UserDataScanner() {}

  /**
   * Scans user data for secrets.
   *
   * @param userData the user data (cloud-config, shell script, anything textual)
   * @return every finding, ordered by line; one finding per kind and line; empty when nothing was
   *     found
   */
  public static List<SecretFinding> scan(String userData) {
    Objects.requireNonNull(userData, "userData");
    Set<SecretFinding> findings = new LinkedHashSet<>();
    String[] lines = LINE_BREAK.split(userData, -1);
    boolean inPrivateKey = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (SecretPatterns.PRIVATE_KEY_BEGIN.matcher(line).find()) {
        findings.add(new SecretFinding(SecretKind.PRIVATE_KEY, number));
        inPrivateKey = !SecretPatterns.PRIVATE_KEY_END.matcher(line).find();
        continue;
      }
      if (inPrivateKey) {
        inPrivateKey = !SecretPatterns.PRIVATE_KEY_END.matcher(line).find();
        continue;
      }
      if (SecretPatterns.DIGITALOCEAN_TOKEN.matcher(line).find()) {
        findings.add(new SecretFinding(SecretKind.DIGITALOCEAN_TOKEN, number));
      }
      if (SecretPatterns.AWS_ACCESS_KEY_ID.matcher(line).find()) {
        findings.add(new SecretFinding(SecretKind.AWS_ACCESS_KEY, number));
      }
      if (SecretPatterns.GITHUB_TOKEN.matcher(line).find()) {
        findings.add(new SecretFinding(SecretKind.GITHUB_TOKEN, number));
      }
      Matcher url = SecretPatterns.URL_CREDENTIALS.matcher(line);
      while (url.find()) {
        if (isLiteral(url.group(2))) {
          findings.add(new SecretFinding(SecretKind.CREDENTIALS_IN_URL, number));
          break;
        }
      }
      if (hasSecretAssignment(ASSIGNMENT.matcher(line))
          || hasSecretAssignment(LONG_OPTION.matcher(line))) {
        findings.add(new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, number));
      }
    }
    List<SecretFinding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingInt(SecretFinding::line).thenComparing(SecretFinding::kind));
    return List.copyOf(sorted);
  }

  /** Whether {@code userData} holds no secret {@link #scan} can find. */
  public static boolean isClean(String userData) {
    return scan(userData).isEmpty();
  }

  private static boolean hasSecretAssignment(Matcher matcher) {
    int from = 0;
    while (matcher.find(from)) {
      // Continue right after the name, so that an assignment inside this one's value (a query
      // parameter in a URL, a flow mapping) is found too.
      from = matcher.end(1);
      String quoted = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
      String value = quoted != null ? quoted : matcher.group(4);
      if (value == null) {
        continue;
      }
      if (quoted == null
          && (value.startsWith("#") || value.startsWith("{") || value.startsWith("["))) {
        continue; // a comment, or a flow mapping/sequence scanned on its own
      }
      if (isSecretName(matcher.group(1)) && isLiteral(value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last word(s) of a setting name say it holds a secret. */
  static boolean isSecretName(String name) {
    String spaced = CAMEL.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : WORD_SPLIT.split(spaced)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    if (SECRET_WORDS.contains(last) || last.endsWith("password") || last.endsWith("passwd")) {
      return true;
    }
    return last.equals("key")
        && words.size() > 1
        && KEY_QUALIFIERS.contains(words.get(words.size() - 2));
  }

  /** Whether a value is a literal that is present in the text (not a reference, not a flag). */
  static boolean isLiteral(String rawValue) {
    String value = rawValue.strip();
    if (value.isEmpty()) {
      return false;
    }
    if (CRYPT_HASH.matcher(value).matches()) {
      return true;
    }
    if (value.startsWith("$") || value.startsWith("{{") || value.startsWith("<%")) {
      return false;
    }
    return !NOT_SECRETS.contains(value.toLowerCase(Locale.ROOT));
  }
}
