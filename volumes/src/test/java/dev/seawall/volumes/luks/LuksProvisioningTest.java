package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seawall.core.policy.AcknowledgedRisk;
import dev.seawall.core.policy.InvalidSpecException;
import dev.seawall.core.policy.Justification;
import dev.seawall.core.policy.Violation;
import dev.seawall.volumes.volume.FilesystemType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class LuksProvisioningTest {

  private static LuksProvisioning.Builder valid() {
    return LuksProvisioning.builder()
        .volumeName("pgdata")
        .mountPoint("/var/lib/postgresql")
        .keySource(KeySource.keyFile("/run/keys/pgdata.key"));
  }

  private static List<String> ruleIds(LuksProvisioning.Builder builder) {
    return builder.validate().getError().map(Violation::ruleId).asJava();
  }

  private static List<Violation> violations(LuksProvisioning.Builder builder) {
    return builder.validate().getError().asJava();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseCloudConfig(LuksProvisioning provisioning) {
    return (Map<String, Object>) new Yaml().load(provisioning.cloudConfig());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> writtenFile(Map<String, Object> document) {
    return ((List<Map<String, Object>>) document.get("write_files")).get(0);
  }

  @Test
  void build_withDefaults_usesSecureMountOptionsExt4AndTheDoDevice() {
    LuksProvisioning provisioning = valid().build();

    assertThat(provisioning.mountOptions()).containsExactly("nodev", "nosuid");
    assertThat(provisioning.fstabOptions()).containsExactly("nodev", "nosuid", "nofail");
    assertThat(provisioning.filesystem()).isEqualTo(FilesystemType.EXT4);
    assertThat(provisioning.devicePath()).isEqualTo("/dev/disk/by-id/scsi-0DO_Volume_pgdata");
    assertThat(provisioning.mapperName()).isEqualTo("pgdata");
    assertThat(provisioning.mapperDevicePath()).isEqualTo("/dev/mapper/pgdata");
    assertThat(provisioning.scriptPath()).isEqualTo("/usr/local/sbin/seawall-luks-pgdata");
    assertThat(provisioning.waitTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(provisioning.acknowledgedRisks()).isEmpty();
    assertThat(provisioning.isFastPbkdfForTestsOnly()).isFalse();
  }

  @Test
  void shellScript_withDefaults_formatsLuks2Argon2idAesXts512AndWritesNofailEntries() {
    String script = valid().build().shellScript();

    assertThat(script)
        .startsWith("#!/bin/sh\n")
        .contains("set -eu\n", "umask 077\n")
        .contains("cryptsetup isLuks \"$device\"")
        .contains(
            "luksFormat --batch-mode --type luks2 --cipher aes-xts-plain64 --key-size 512",
            "--pbkdf argon2id")
        .contains("cfg_device='/dev/disk/by-id/scsi-0DO_Volume_pgdata'")
        .contains("cfg_crypttab_key='/run/keys/pgdata.key'")
        .contains("cfg_crypttab_options='luks,nofail'")
        .contains("cfg_fstab_options='nodev,nosuid,nofail'")
        .contains("cfg_fast_pbkdf_for_tests='0'")
        .contains("cfg_luks_secret_key=''")
        .doesNotContain("TEST ONLY");
  }

  @Test
  void validate_whenEverythingIsWrong_reportsEveryProblemAtOnce() {
    LuksProvisioning.Builder builder =
        LuksProvisioning.builder()
            .volumeName("Bad_Name")
            .mapperName("-x")
            .mountPoint("relative/dir")
            .addMountOption("noatime,dev")
            .waitTimeout(Duration.ZERO);

    List<Violation> violations = violations(builder);

    assertThat(violations)
        .extracting(Violation::resource)
        .containsExactlyInAnyOrder(
            "luks/Bad_Name.volumeName",
            "luks/Bad_Name.mapperName",
            "luks/Bad_Name.mountPoint",
            "luks/Bad_Name.keySource",
            "luks/Bad_Name.mountOptions[0]",
            "luks/Bad_Name.waitTimeout");
    assertThat(violations).extracting(Violation::ruleId).containsOnly("SW-INPUT-001");
  }

  @Test
  void build_whenInvalid_throwsListingTheViolations() {
    assertThatThrownBy(() -> valid().mountPoint("/etc").build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("luks/pgdata.mountPoint")
        .hasMessageContaining("system directory");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/etc",
        "/usr",
        "/var",
        "/boot",
        "/mnt/",
        "/mnt//data",
        "/mnt/../etc",
        "/mnt/./x",
        "/mnt/da ta",
        "/mnt/$(reboot)",
        "/mnt/`id`",
        "/mnt/a'b",
        "mnt/data",
        ""
      })
  void validate_whenMountPointIsUnsafe_refusesIt(String mountPoint) {
    assertThat(violations(valid().mountPoint(mountPoint)))
        .extracting(Violation::resource)
        .containsExactly("luks/pgdata.mountPoint");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/mnt/data", "/var/lib/postgresql", "/srv/data-1", "/home", "/data"})
  void validate_whenMountPointIsSafe_acceptsIt(String mountPoint) {
    assertThat(valid().mountPoint(mountPoint).validate().isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"run/k", "/run/keys/$(id)", "/run/keys/a\nb", "/run/keys/", "/../k"})
  void validate_whenKeyFilePathIsUnsafe_refusesIt(String path) {
    assertThat(violations(valid().keySource(KeySource.keyFile(path))))
        .extracting(Violation::resource)
        .containsExactly("luks/pgdata.keySource.path");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://keys.example.com/k",
        "https://user:pw@keys.example.com/k",
        "https://keys.example.com/k#frag",
        "ftp://keys.example.com/k",
        "https:/k",
        "https://keys.example.com/k?x=%22'%22"
      })
  void validate_whenKeyUrlIsNotPlainHttps_refusesIt(String url) {
    assertThat(violations(valid().keySource(KeySource.httpsUrl(URI.create(url), "/run/t"))))
        .extracting(Violation::resource)
        .containsExactly("luks/pgdata.keySource.url");
  }

  @Test
  void validate_whenBearerTokenFileIsRelative_refusesIt() {
    assertThat(
            violations(
                valid().keySource(KeySource.httpsUrl(URI.create("https://k.example/k"), "t"))))
        .extracting(Violation::resource)
        .containsExactly("luks/pgdata.keySource.bearerTokenFile");
  }

  @Test
  void validate_whenKeyIsEmbeddedWithoutOptOut_refusesWithSwVol002NamingTheOptOut() {
    List<Violation> violations =
        violations(valid().keySource(KeySource.embedded(LuksKey.generate())));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-VOL-002");
    assertThat(violations.get(0).message()).contains("embedKeyInUserData(Justification)");
  }

  @Test
  void embedKeyInUserData_withJustification_embedsTheKeyAndRecordsTheRisk() {
    LuksKey key = LuksKey.generate();
    Justification why = Justification.of("LAB-7: disposable lab droplet");

    LuksProvisioning provisioning =
        valid().keySource(KeySource.embedded(key)).embedKeyInUserData(why).build();

    assertThat(provisioning.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId, AcknowledgedRisk::justification)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SW-VOL-002", why));
    assertThat(provisioning.shellScript())
        .contains("cfg_luks_secret_key='" + key.base64() + "'")
        .contains("# Accepted risk SW-VOL-002: LAB-7: disposable lab droplet");
    assertThat(provisioning.cloudConfig()).contains(key.base64());
    assertThat(provisioning.toString()).doesNotContain(key.base64());
  }

  @Test
  void shellScript_forNonEmbeddedSources_neverContainsKeyMaterial() {
    for (KeySource source :
        List.of(
            KeySource.keyFile("/run/k"),
            KeySource.standardInput(),
            KeySource.httpsUrl(URI.create("https://k.example/k"), "/run/t"))) {
      LuksProvisioning provisioning = valid().keySource(source).build();
      assertThat(provisioning.shellScript()).contains("cfg_luks_secret_key=''");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "suid"})
  void validate_whenMountOptionReenablesDevOrSuid_refusesWithSwVol003(String option) {
    List<Violation> violations = violations(valid().addMountOption(option));

    assertThat(violations).extracting(Violation::ruleId).containsExactly("SW-VOL-003");
    assertThat(violations.get(0).message()).contains("allowDevAndSuid(Justification)");
    assertThat(violations.get(0).resource()).isEqualTo("luks/pgdata.mountOptions[0]");
  }

  @Test
  void allowDevAndSuid_withJustification_dropsNodevAndNosuid() {
    LuksProvisioning provisioning =
        valid()
            .addMountOption("suid")
            .allowDevAndSuid(Justification.of("OPS-3: chroot build area"))
            .build();

    assertThat(provisioning.mountOptions()).containsExactly("suid");
    assertThat(provisioning.acknowledgedRisks())
        .extracting(AcknowledgedRisk::ruleId)
        .containsExactly("SW-VOL-003");
  }

  @Test
  void allowDevAndSuid_withoutOtherOptions_mountsWithDefaults() {
    LuksProvisioning provisioning =
        valid().allowDevAndSuid(Justification.of("OPS-3: device nodes")).build();

    assertThat(provisioning.mountOptions()).containsExactly("defaults");
    assertThat(provisioning.fstabOptions()).containsExactly("defaults", "nofail");
  }

  @Test
  void mountOptions_withExtrasAndNoexec_putSeawallOptionsLastSoTheyWin() {
    LuksProvisioning provisioning =
        valid().addMountOption("noatime").addMountOption("defaults").noexec(true).build();

    assertThat(provisioning.mountOptions())
        .containsExactly("noatime", "defaults", "nodev", "nosuid", "noexec");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nofail", "nodev", "nosuid", "noexec"})
  void validate_whenExtraOptionIsManagedBySeawall_refusesIt(String option) {
    assertThat(ruleIds(valid().addMountOption(option))).containsExactly("SW-INPUT-001");
  }

  @Test
  void validate_whenExecContradictsNoexec_refusesIt() {
    assertThat(violations(valid().addMountOption("exec").noexec(true)))
        .extracting(Violation::message)
        .containsExactly("exec contradicts noexec(true)");
  }

  @Test
  void keySource_whenKeyIsNotAvailableAtBoot_addsNoauto() {
    LuksProvisioning provisioning = valid().keySource(KeySource.standardInput()).build();

    assertThat(provisioning.fstabOptions()).containsExactly("nodev", "nosuid", "nofail", "noauto");
    assertThat(provisioning.shellScript())
        .contains("cfg_crypttab_key='none'")
        .contains("cfg_crypttab_options='luks,nofail,noauto'");
  }

  @Test
  void cloudConfig_withKeyFile_writesTheScriptAndRunsItOnFirstBoot() {
    LuksProvisioning provisioning = valid().build();

    Map<String, Object> document = parseCloudConfig(provisioning);

    assertThat(provisioning.cloudConfig()).startsWith("#cloud-config\n");
    assertThat(document.get("packages")).isEqualTo(List.of("cryptsetup"));
    Map<String, Object> file = writtenFile(document);
    assertThat(file)
        .containsEntry("path", "/usr/local/sbin/seawall-luks-pgdata")
        .containsEntry("owner", "root:root")
        .containsEntry("permissions", "0700")
        .containsEntry("content", provisioning.shellScript());
    assertThat(document.get("runcmd"))
        .isEqualTo(List.of(List.of("/usr/local/sbin/seawall-luks-pgdata")));
    assertThat(provisioning.cloudConfig()).contains("content: |");
  }

  @Test
  void cloudConfig_withStandardInput_installsButDoesNotRunTheScript() {
    LuksProvisioning provisioning = valid().keySource(KeySource.standardInput()).build();

    Map<String, Object> document = parseCloudConfig(provisioning);

    assertThat(document).doesNotContainKey("runcmd");
    assertThat(writtenFile(document)).containsEntry("content", provisioning.shellScript());
    assertThat(provisioning.cloudConfig())
        .contains("ssh root@DROPLET /usr/local/sbin/seawall-luks-pgdata < pgdata.key");
  }

  @Test
  void packages_forXfsAndHttps_addXfsprogsAndCurl() {
    LuksProvisioning provisioning =
        valid()
            .filesystem(FilesystemType.XFS)
            .keySource(KeySource.httpsUrl(URI.create("https://k.example/k"), "/run/t"))
            .build();

    assertThat(provisioning.packages()).containsExactly("cryptsetup", "xfsprogs", "curl");
    assertThat(parseCloudConfig(provisioning).get("packages"))
        .isEqualTo(List.of("cryptsetup", "xfsprogs", "curl"));
  }

  @Test
  void fastPbkdfForTestsOnly_whenSet_isVisibleInTheScript() {
    LuksProvisioning provisioning = valid().fastPbkdfForTestsOnly().build();

    assertThat(provisioning.isFastPbkdfForTestsOnly()).isTrue();
    assertThat(provisioning.shellScript())
        .contains("cfg_fast_pbkdf_for_tests='1'")
        .contains("TEST ONLY");
    assertThat(provisioning.toString()).contains("fastPbkdfForTestsOnly");
  }

  @Test
  void headerComments_whenJustificationTriesToSpanLines_isRefusedBeforeReachingTheScript() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Justification.of("OPS-1: first\nrm -rf / # second"));

    LuksProvisioning provisioning =
        valid().allowDevAndSuid(Justification.of("OPS-1: first; rm -rf / # second")).build();

    assertThat(provisioning.shellScript())
        .contains("# Accepted risk SW-VOL-003: OPS-1: first; rm -rf / # second\n");
  }

  @Test
  void toBuilder_whenRebuilt_producesTheSameOutput() {
    LuksProvisioning original =
        valid()
            .mapperName("pg_crypt")
            .filesystem(FilesystemType.XFS)
            .noexec(true)
            .addMountOption("noatime")
            .waitTimeout(Duration.ofSeconds(90))
            .build();

    LuksProvisioning copy = original.toBuilder().build();

    assertThat(copy.shellScript()).isEqualTo(original.shellScript());
    assertThat(copy.cloudConfig()).isEqualTo(original.cloudConfig());
    assertThat(copy.mapperName()).isEqualTo("pg_crypt");
  }

  @Test
  void mountOptions_whenInputListChangesLater_keepsTheCopy() {
    List<String> options = new ArrayList<>(List.of("noatime"));
    LuksProvisioning.Builder builder = valid().mountOptions(options);
    options.add("suid");

    assertThat(builder.build().mountOptions()).containsExactly("noatime", "nodev", "nosuid");
  }

  @Test
  void waitTimeout_whenSet_isWrittenInWholeSeconds() {
    assertThat(valid().waitTimeout(Duration.ofSeconds(42)).build().shellScript())
        .contains("cfg_wait_seconds='42'");
    assertThat(ruleIds(valid().waitTimeout(Duration.ofHours(2)))).containsExactly("SW-INPUT-001");
  }
}
