package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class UserDataScannerPropertyTest {

  @Property
  void scan_whenArbitraryText_returnsFindingsWithinTheText(
      @ForAll @StringLength(max = 500) String text) {
    int lines = text.split("\\r\\n|\\r|\\n", -1).length;

    List<SecretFinding> findings = UserDataScanner.scan(text);

    assertThat(findings).allSatisfy(f -> assertThat(f.line()).isBetween(1, lines));
    assertThat(findings).doesNotHaveDuplicates();
  }

  @Property
  void scan_whenTokenOnOneBenignLine_findsItExactlyThere(
      @ForAll @Size(min = 1, max = 30) List<@From("benignLines") String> benign,
      @ForAll("hex64") String hex,
      @ForAll("tokenPrefixes") String prefix,
      @ForAll int where) {
    List<String> lines = new ArrayList<>(benign);
    int index = Math.floorMod(where, lines.size() + 1);
    lines.add(index, "curl -H 'Authorization: Bearer " + prefix + hex + "' $URL");

    List<SecretFinding> findings = UserDataScanner.scan(String.join("\n", lines));

    assertThat(findings)
        .containsExactly(new SecretFinding(SecretKind.DIGITALOCEAN_TOKEN, index + 1));
  }

  @Property
  void scan_whenBenignCloudConfig_findsNothing(
      @ForAll @Size(max = 40) List<@From("benignLines") String> lines) {
    assertThat(UserDataScanner.scan(String.join("\n", lines))).isEmpty();
  }

  @Provide
  Arbitrary<String> hex64() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
  }

  @Provide
  Arbitrary<String> tokenPrefixes() {
    return Arbitraries.of("dop_v1_", "doo_v1_", "dor_v1_");
  }

  @Provide
  Arbitrary<String> benignLines() {
    return Arbitraries.of(
        "#cloud-config",
        "package_update: true",
        "packages:",
        "  - nginx",
        "ssh_pwauth: false",
        "disable_root: true",
        "runcmd:",
        "  - systemctl enable --now nginx",
        "  - sed -i 's/^PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config",
        "users:",
        "  - name: deploy",
        "    lock_passwd: true",
        "    ssh_authorized_keys:",
        "      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl",
        "export DB_PASSWORD=\"$(cat /run/secrets/db)\"",
        "password: ${DB_PASSWORD}",
        "");
  }
}
