package dev.seawall.compute.droplet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.compute.sshkey.SshKey;
import dev.seawall.compute.sshkey.SshPublicKey;
import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DropletSpecTest {
  static final String VPC = "760e09ef-dc84-11e8-981e-3cfdfeaae000";
  static final String FINGERPRINT = "3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa";

  static DropletSpec.Builder valid() {
    return DropletSpec.builder()
        .name("web-1")
        .region("fra1")
        .size("s-1vcpu-1gb")
        .image("ubuntu-24-04-x64")
        .sshKeys(FINGERPRINT)
        .vpcUuid(VPC);
  }

  static List<String> ruleIds(DropletSpec.Builder builder) {
    return builder.validate().getError().map(Violation::ruleId).asJava();
  }

  @Test
  void build_whenComplete_hasSecureDefaults() {
    DropletSpec spec = valid().build();

    assertThat(spec.monitoring()).isTrue();
    assertThat(spec.withDropletAgent()).isTrue();
    assertThat(spec.publicNetworking()).isTrue();
    assertThat(spec.ipv6()).isFalse();
    assertThat(spec.backups()).isFalse();
    assertThat(spec.userData()).isEmpty();
    assertThat(spec.vpcUuid()).contains(VPC);
    assertThat(spec.acknowledgedRisks()).isEmpty();
    assertThat(spec.resource()).isEqualTo("droplet/web-1");
  }

  // SW-DR-001: no opt-out.

  @Test
  void validate_whenNoSshKey_refusesWithSwDr001() {
    List<Violation> violations = valid().sshKeys(List.of()).validate().getError().asJava();

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-001");
    assertThat(violations.get(0).resource()).isEqualTo("droplet/web-1.sshKeys");
    assertThat(violations.get(0).message()).contains("no opt-out");
  }

  @Test
  void validate_whenNoSshKeyButOtherRisksAcknowledged_stillRefusesSwDr001() {
    DropletSpec.Builder builder =
        valid().sshKeys(List.of()).vpcUuid("").inDefaultVpc(Justification.of("SEC-1: lab"));

    assertThat(ruleIds(builder)).containsExactly("SW-DR-001");
  }

  @Test
  void addSshKey_whenIdPublicKeyOrUploadedKey_addsIdOrFingerprint() {
    SshPublicKey publicKey =
        SshPublicKey.parse(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPj9ZD6UV4sQGk+8zn1wT9tvciIiYZcbj44juYATxGCl");
    SshKey uploaded = new SshKey(512189, FINGERPRINT, "ssh-ed25519 AAAA", "ci");

    DropletSpec spec =
        valid().sshKeys().addSshKey(42).addSshKey(publicKey).addSshKey(uploaded).build();

    assertThat(spec.sshKeys())
        .containsExactly("42", "89:2a:4e:e6:72:01:ab:28:b4:2d:31:a9:ff:e4:bc:01", "512189");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "abc", "3B:16:BF:E4:8B:00:8B:B8:59:8C:A9:D3:F0:19:45:FA", ""})
  void validate_whenSshKeyIsNeitherIdNorFingerprint_reportsInvalidInput(String key) {
    List<Violation> violations = valid().sshKeys(key).validate().getError().asJava();

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-INPUT-001");
    assertThat(violations.get(0).resource()).isEqualTo("droplet/web-1.sshKeys[0]");
  }

  @Test
  void validate_whenSha256Fingerprint_explainsThatMd5IsNeeded() {
    List<Violation> violations =
        valid()
            .sshKeys("SHA256:1kPKFKpn/FRZk0b4CQxOwO/sjHhrMThojxQH4qRNuLs")
            .validate()
            .getError()
            .asJava();

    assertThat(violations.get(0).message()).contains("md5Fingerprint()");
  }

  // SW-DR-002: opt-out inDefaultVpc(Justification).

  @Test
  void validate_whenNoVpc_refusesWithSwDr002NamingTheOptOut() {
    List<Violation> violations = valid().vpcUuid("").validate().getError().asJava();

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-002");
    assertThat(violations.get(0).message()).contains("inDefaultVpc(Justification)");
  }

  @Test
  void build_whenInDefaultVpcWithJustification_acceptsAndRecordsTheRisk() {
    Justification why = Justification.of("SEC-7: throwaway build box");

    DropletSpec spec = valid().vpcUuid("").inDefaultVpc(why).build();

    assertThat(spec.vpcUuid()).isEmpty();
    assertThat(spec.acknowledgedRisks())
        .containsExactly(new AcknowledgedRisk("SW-DR-002", why, "default VPC"));
  }

  @Test
  void validate_whenVpcAndInDefaultVpc_reportsTheContradiction() {
    DropletSpec.Builder builder = valid().inDefaultVpc(Justification.of("SEC-7: x"));

    assertThat(ruleIds(builder)).containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenVpcIsNotAUuid_reportsInvalidInput() {
    assertThat(ruleIds(valid().vpcUuid("default"))).containsExactly("SW-INPUT-001");
  }

  // SW-DR-004: no opt-out; the secret never appears in the violation.

  @Test
  void validate_whenUserDataHoldsSecrets_refusesWithKindsAndLinesButNotTheSecrets() {
    String token = "dop_v1_" + "f00dfeed".repeat(8);
    String userData =
        "#cloud-config\nruncmd:\n  - export DO=" + token + "\n  - echo password=hunter2\n";

    List<Violation> violations = valid().userData(userData).validate().getError().asJava();

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-DR-004");
    Violation violation = violations.get(0);
    assertThat(violation.resource()).isEqualTo("droplet/web-1.userData");
    assertThat(violation.message())
        .contains("a DigitalOcean API token on line 3", "password or secret assignment on line 4")
        .doesNotContain(token, "hunter2", "f00dfeed");
    assertThat(violation.toString()).doesNotContain(token, "hunter2");
  }

  @Test
  void build_whenUserDataHoldsSecret_exceptionMessageDoesNotContainIt() {
    DropletSpec.Builder builder = valid().userData("DB_PASSWORD=correct-horse-battery\n");

    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("SW-DR-004")
        .hasMessageNotContaining("correct-horse-battery");
  }

  @Test
  void build_whenUserDataIsClean_keepsIt() {
    String userData = "#cloud-config\npackages:\n  - nginx\n";

    assertThat(valid().userData(userData).build().userData()).isEqualTo(userData);
  }

  @Test
  void validate_whenUserDataOver64KiB_reportsInvalidInput() {
    String userData = "#" + "x".repeat(DropletSpec.MAX_USER_DATA_BYTES);

    assertThat(ruleIds(valid().userData(userData))).containsExactly("SW-INPUT-001");
  }

  @Test
  void toString_neverPrintsUserData() {
    DropletSpec spec = valid().userData("#cloud-config\nhostname: visible-only-as-size\n").build();

    assertThat(spec.toString()).doesNotContain("visible-only-as-size").contains("bytes");
  }

  // Input validation.

  @Test
  void validate_whenEverythingIsWrong_reportsEveryProblemAtOnce() {
    DropletSpec.Builder builder =
        DropletSpec.builder()
            .name("-bad-")
            .tags("ok", "not ok")
            .publicNetworking(false)
            .ipv6(true)
            .userData("password=hunter2");

    List<Violation> violations = builder.validate().getError().asJava();

    assertThat(violations)
        .extracting(Violation::resource)
        .contains(
            "droplet/-bad-.name",
            "droplet/-bad-.region",
            "droplet/-bad-.size",
            "droplet/-bad-.image",
            "droplet/-bad-.tags[1]",
            "droplet/-bad-.ipv6",
            "droplet/-bad-.sshKeys",
            "droplet/-bad-.vpcUuid",
            "droplet/-bad-.userData");
    assertThat(violations)
        .extracting(Violation::ruleId)
        .contains("SW-INPUT-001", "SW-DR-001", "SW-DR-002", "SW-DR-004");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "web-1",
        "a",
        "web.example.com",
        "WEB-01",
        "x1.y2",
        "a23456789012345678901234567890123456789012345678901234567890123"
      })
  void validate_whenNameIsAHostname_accepts(String name) {
    assertThat(valid().name(name).validate().isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-web",
        "web-",
        "web_1",
        "web..example",
        ".web",
        "web.",
        "wéb",
        "web 1",
        "a234567890123456789012345678901234567890123456789012345678901234"
      })
  void validate_whenNameIsNotAHostname_reportsInvalidName(String name) {
    List<Violation> violations = valid().name(name).validate().getError().asJava();

    assertThat(violations)
        .extracting(Violation::resource)
        .containsExactly("droplet/" + name + ".name");
  }

  @Test
  void validate_whenNameLongerThan253_reportsInvalidName() {
    String name = String.join(".", java.util.Collections.nCopies(64, "abc"));

    assertThat(ruleIds(valid().name(name))).containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenRegionIsASlugPrefix_acceptsItAsTheApiDoes() {
    assertThat(valid().region("nyc").build().region()).isEqualTo("nyc");
  }

  @Test
  void validate_whenBlankName_reportsItOnAnUnnamedResource() {
    List<Violation> violations = valid().name(" ").validate().getError().asJava();

    assertThat(violations)
        .extracting(Violation::resource)
        .containsExactly("droplet/<unnamed>.name");
  }

  @Test
  void validate_whenNonPositiveImageId_reportsInvalidInput() {
    assertThat(ruleIds(valid().image(0))).containsExactly("SW-INPUT-001");
    assertThat(valid().image(7555620).build().imageIsId()).isTrue();
  }

  @Test
  void validate_whenPrivateOnly_acceptsWithoutIpv6() {
    DropletSpec spec = valid().publicNetworking(false).build();

    assertThat(spec.publicNetworking()).isFalse();
  }

  // Builder semantics.

  @Test
  void setters_whenGivenACollection_copyIt() {
    List<String> tags = new ArrayList<>(List.of("web"));
    DropletSpec.Builder builder = valid().tags(tags);

    tags.add("not ok");

    assertThat(builder.build().tags()).containsExactly("web");
  }

  @Test
  void pluralSetters_replace_andAddAppends() {
    DropletSpec spec = valid().tags("a").tags("b", "c").addTag("d").build();

    assertThat(spec.tags()).containsExactly("b", "c", "d");
  }

  @Test
  void toBuilder_whenRebuilt_isEqualInEveryValue() {
    DropletSpec spec =
        valid()
            .tags("web")
            .monitoring(false)
            .withDropletAgent(false)
            .ipv6(true)
            .backups(BackupPolicy.weekly(DayOfWeek.SUNDAY, 4))
            .userData("#!/bin/sh\necho hi\n")
            .build();

    DropletSpec copy = spec.toBuilder().build();

    assertThat(copy).usingRecursiveComparison().isEqualTo(spec);
  }

  @Test
  void backups_whenTurnedOff_dropsThePolicy() {
    DropletSpec spec = valid().backups(BackupPolicy.daily(8)).backups(false).build();

    assertThat(spec.backups()).isFalse();
    assertThat(spec.backupPolicy()).isEmpty();
  }

  @Test
  void backupPolicy_whenHourIsNotAWindowStart_refuses() {
    assertThatThrownBy(() -> BackupPolicy.daily(3)).hasMessageContaining("0, 4, 8, 12, 16, 20");
  }
}
