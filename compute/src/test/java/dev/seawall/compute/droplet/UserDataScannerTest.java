package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserDataScannerTest {
  static final String DO_TOKEN = "dop_v1_" + "0123456789abcdef".repeat(4);

  @Test
  void scan_whenDigitalOceanTokenInAHeader_findsItOnItsLine() {
    String userData =
        "#!/bin/bash\n"
            + "curl -H \"Authorization: Bearer "
            + DO_TOKEN
            + "\" https://api.digitalocean.com/v2/account\n";

    assertThat(UserDataScanner.scan(userData))
        .containsExactly(new SecretFinding(SecretKind.DIGITALOCEAN_TOKEN, 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dop_v1_", "doo_v1_", "dor_v1_"})
  void scan_whenAnyTokenPrefix_findsIt(String prefix) {
    String token = prefix + "a".repeat(64);

    assertThat(UserDataScanner.scan("echo " + token))
        .extracting(SecretFinding::kind)
        .containsExactly(SecretKind.DIGITALOCEAN_TOKEN);
  }

  @Test
  void scan_whenTokenIsTooShort_findsNothing() {
    assertThat(UserDataScanner.scan("echo dop_v1_" + "a".repeat(63))).isEmpty();
  }

  @Test
  void scan_whenPrivateKeyBlock_reportsItsFirstLineOnly() {
    String userData =
        "#cloud-config\n"
            + "write_files:\n"
            + "  - content: |\n"
            + "      -----BEGIN OPENSSH PRIVATE KEY-----\n"
            + "      b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW=\n"
            + "      token=inside-the-key-is-not-reported-twice\n"
            + "      -----END OPENSSH PRIVATE KEY-----\n"
            + "    path: /root/.ssh/id_ed25519\n";

    assertThat(UserDataScanner.scan(userData))
        .containsExactly(new SecretFinding(SecretKind.PRIVATE_KEY, 4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-----BEGIN RSA PRIVATE KEY-----",
        "-----BEGIN EC PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----",
        "-----BEGIN ENCRYPTED PRIVATE KEY-----",
        "-----BEGIN PGP PRIVATE KEY BLOCK-----"
      })
  void scan_whenAnyPrivateKeyHeader_findsIt(String header) {
    assertThat(UserDataScanner.scan(header + "\nAAAA\n"))
        .containsExactly(new SecretFinding(SecretKind.PRIVATE_KEY, 1));
  }

  @Test
  void scan_whenLineAfterPrivateKeyEnds_isScannedAgain() {
    String userData =
        "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\npassword=hunter2\n";

    assertThat(UserDataScanner.scan(userData))
        .containsExactly(
            new SecretFinding(SecretKind.PRIVATE_KEY, 1),
            new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, 4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password=hunter2",
        "export DB_PASSWORD=hunter2",
        "DB_PASSWORD: hunter2",
        "  - password: hunter2",
        "{\"password\": \"hunter2\"}",
        "password = 'hunter2'",
        "api_key = abc123",
        "apiKey: abc123",
        "apikey=abc123",
        "client_secret: abc123",
        "AWS_SECRET_ACCESS_KEY=abc123",
        "mysql --user=root --password hunter2",
        "app --db-password=hunter2",
        "PGPASSWORD=hunter2 psql",
        "mysql_root_passwd: hunter2",
        "token: abc123",
        "dbPassword=hunter2",
        "https://example.com/hook?token=abc123&x=1",
        "passwd: $6$rounds=4096$saltsalt$hashhashhash",
        "passphrase: correct horse",
        "password: |",
        "password: 123456"
      })
  void scan_whenPasswordLikeAssignment_findsIt(String line) {
    assertThat(UserDataScanner.scan("#cloud-config\n" + line + "\n"))
        .containsExactly(new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, 2));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password: ${DB_PASSWORD}",
        "password=$DB_PASSWORD",
        "password=\"$(cat /run/secrets/db)\"",
        "password: \"{{ ds.meta_data.db_password }}\"",
        "password: <%= ENV['DB_PASSWORD'] %>",
        "password:",
        "password: \"\"",
        "password: # set later",
        "PasswordAuthentication no",
        "sed -i 's/^PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config",
        "ssh_pwauth: false",
        "lock_passwd: true",
        "password_authentication: false",
        "ssh_authorized_keys:",
        "chpasswd: { expire: false }",
        "mysql --password-file /run/secrets/db",
        "token_url: https://auth.example.com/token",
        "keyboard: de",
        "monkey: banana",
        "primary_key: id",
        "runcmd:",
        "  - apt-get install -y nginx",
        "git clone https://github.com/example/repo.git"
      })
  void scan_whenNoSecret_findsNothing(String line) {
    assertThat(UserDataScanner.scan("#cloud-config\n" + line + "\n")).isEmpty();
  }

  @Test
  void scan_whenUrlWithPassword_findsIt() {
    List<SecretFinding> findings =
        UserDataScanner.scan("git clone https://deploy:hunter2@git.example.com/app.git");

    assertThat(findings).containsExactly(new SecretFinding(SecretKind.CREDENTIALS_IN_URL, 1));
  }

  @Test
  void scan_whenUrlWithVariablePassword_findsNothing() {
    assertThat(UserDataScanner.scan("git clone https://deploy:$GIT_TOKEN@git.example.com/a.git"))
        .isEmpty();
  }

  @Test
  void scan_whenAwsAccessKeyId_findsIt() {
    assertThat(UserDataScanner.scan("aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE"))
        .containsExactly(new SecretFinding(SecretKind.AWS_ACCESS_KEY, 1));
  }

  @Test
  void scan_whenGithubToken_findsIt() {
    String token = "ghp_" + "A1b2C3d4E5".repeat(4);

    assertThat(UserDataScanner.scan("echo " + token + " | gh auth login --with-token"))
        .containsExactly(new SecretFinding(SecretKind.GITHUB_TOKEN, 1));
  }

  @Test
  void scan_whenSeveralSecrets_reportsEachByLineThenKind() {
    String userData = "a=1\r\nDB_PASSWORD=" + DO_TOKEN + "\r\n\r\nsecret: abc\n";

    assertThat(UserDataScanner.scan(userData))
        .containsExactly(
            new SecretFinding(SecretKind.DIGITALOCEAN_TOKEN, 2),
            new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, 2),
            new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, 4));
  }

  @Test
  void scan_whenSameKindTwiceOnALine_reportsItOnce() {
    assertThat(UserDataScanner.scan("password=a password=b"))
        .containsExactly(new SecretFinding(SecretKind.PASSWORD_ASSIGNMENT, 1));
  }

  @Test
  void isClean_whenEmpty_isTrue() {
    assertThat(UserDataScanner.isClean("")).isTrue();
    assertThat(UserDataScanner.isClean("password=x")).isFalse();
  }

  @Test
  void findingToString_namesKindAndLineButNotTheSecret() {
    List<SecretFinding> findings = UserDataScanner.scan("x\npassword=hunter2");

    assertThat(findings.get(0).toString())
        .isEqualTo("a password or secret assignment on line 2")
        .doesNotContain("hunter2");
  }
}
