package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.core.policy.Justification;
import dev.seawall.volumes.volume.FilesystemType;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the generated script and cloud-config through the real tools: shellcheck, cloud-init schema,
 * and the script's stages against file images with cryptsetup, blkid and mkfs. ({@code cryptsetup
 * open} needs device-mapper, which is not available here, so the open and mount stages are not
 * run.)
 */
class LuksProvisioningToolsTest {
  private static final long IMAGE_BYTES = 32L * 1024 * 1024;
  private static final long XFS_IMAGE_BYTES = 320L * 1024 * 1024;

  @TempDir Path dir;

  static Stream<LuksProvisioning> everyVariant() {
    List<LuksProvisioning> variants = new ArrayList<>();
    List<KeySource> sources =
        List.of(
            KeySource.keyFile("/run/keys/pgdata.key"),
            KeySource.standardInput(),
            KeySource.httpsUrl(
                URI.create("https://keys.example.com/v1/keys/pgdata?version=2&x=a%20b"),
                "/run/keys/pgdata.token"),
            KeySource.embedded(LuksKey.generate()));
    for (KeySource source : sources) {
      for (FilesystemType filesystem : FilesystemType.values()) {
        variants.add(
            LuksProvisioning.builder()
                .volumeName("pgdata-01")
                .mountPoint("/var/lib/postgresql")
                .filesystem(filesystem)
                .keySource(source)
                .noexec(filesystem == FilesystemType.XFS)
                .addMountOption("noatime")
                .embedKeyInUserData(
                    Justification.of("TEST-1: 'quoted' \"text\" $(not run) `nor this`"))
                .build());
      }
    }
    return variants.stream();
  }

  private static LuksProvisioning testProvisioning() {
    return LuksProvisioning.builder()
        .volumeName("data")
        .mountPoint("/mnt/data")
        .keySource(KeySource.keyFile("/run/keys/data.key"))
        .fastPbkdfForTestsOnly()
        .build();
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private Path image(String name, long bytes) throws IOException {
    Path image = dir.resolve(name);
    try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
      file.setLength(bytes); // sparse, all zeros: no signature
    }
    return image;
  }

  private Path script(LuksProvisioning provisioning) throws IOException {
    return write("provision.sh", provisioning.shellScript());
  }

  private Tools.Result luksDump(Path image) {
    return Tools.run(dir, Tools.require("cryptsetup").toString(), "luksDump", image.toString());
  }

  private String probeType(Path image) {
    return probe(image, "TYPE");
  }

  private String probeUuid(Path image) {
    return probe(image, "UUID");
  }

  /** One tag of what {@code blkid} finds on the image, e.g. TYPE or UUID. */
  private String probe(Path image, String tag) {
    return Tools.run(
            dir,
            Tools.require("blkid").toString(),
            "-p",
            "-o",
            "value",
            "-s",
            tag,
            image.toString())
        .stdout()
        .strip();
  }

  /** Runs one function of the script with empty standard input. */
  private Tools.Result stage(Path script, String function, String... args) {
    return Tools.stage(dir, script, new byte[0], function, args);
  }

  /**
   * Sources the script with only its functions and values defined, then runs {@code command}; the
   * script is {@code $1}, {@code args} follow as {@code $2}...
   */
  private Tools.Result sourced(Path script, String command, String... args) {
    List<String> line =
        new ArrayList<>(
            List.of(
                Tools.require("sh").toString(),
                "-c",
                ". \"$1\"; " + command,
                "sh",
                script.toString()));
    line.addAll(List.of(args));
    return Tools.run(dir, Map.of("SEAWALL_LUKS_FUNCTIONS_ONLY", "1"), new byte[0], line);
  }

  /** Runs the format stage on {@code image} with {@code key} (fast PBKDF: {@code 1}). */
  private Tools.Result formatStage(Path script, Path image, Path key) {
    return stage(script, "seawall_luks_format_if_needed", image.toString(), key.toString(), "1");
  }

  /** Whether {@code key} unlocks the LUKS header of {@code image}, without opening it. */
  private Tools.Result testPassphrase(Path image, Path key) {
    return Tools.run(
        dir,
        Tools.require("cryptsetup").toString(),
        "open",
        "--test-passphrase",
        "--key-file",
        key.toString(),
        image.toString());
  }

  @ParameterizedTest
  @MethodSource("everyVariant")
  void shellScript_forEveryKeySourceAndFilesystem_passesShellcheck(LuksProvisioning provisioning)
      throws IOException {
    Path shellcheck = Tools.require("shellcheck");
    Path script = script(provisioning);

    Tools.Result result =
        Tools.run(
            dir,
            shellcheck.toString(),
            "--norc",
            "--shell=sh",
            "--severity=style",
            script.toString());

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("everyVariant")
  void cloudConfig_forEveryKeySourceAndFilesystem_passesCloudInitSchema(
      LuksProvisioning provisioning) throws IOException {
    Path cloudInit = Tools.require("cloud-init");
    Path config = write("user-data.yaml", provisioning.cloudConfig());

    Tools.Result result =
        Tools.run(dir, cloudInit.toString(), "schema", "--config-file", config.toString());

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout() + result.stderr()).contains("Valid cloud-config");
  }

  @Test
  void cloudInitSchema_whenDocumentIsBroken_fails() throws IOException {
    // Guards the test above: the schema check must be able to fail.
    Path cloudInit = Tools.require("cloud-init");
    String broken =
        testProvisioning().cloudConfig().replace("permissions: '0700'", "permissions: 700");
    Path config = write("broken.yaml", broken);

    Tools.Result result =
        Tools.run(dir, cloudInit.toString(), "schema", "--config-file", config.toString());

    assertThat(result.exitCode()).as(result.describe()).isNotZero();
  }

  @ParameterizedTest
  @MethodSource("everyVariant")
  void shellScript_whenSourced_definesTheConfiguredValuesVerbatim(LuksProvisioning provisioning)
      throws IOException {
    Path script = script(provisioning);

    Tools.Result values =
        sourced(
            script,
            "printf '%s\\n' \"$cfg_device\" \"$cfg_mapper_name\" \"$cfg_mount_point\""
                + " \"$cfg_filesystem\" \"$cfg_mount_options\" \"$cfg_fstab_options\""
                + " \"$cfg_key_url\"");

    String expectedUrl =
        provisioning.keySource() instanceof KeySource.HttpsUrl url ? url.url().toASCIIString() : "";
    assertThat(values.stdout().split("\n", -1))
        .as(values.describe())
        .startsWith(
            provisioning.devicePath(),
            provisioning.mapperName(),
            provisioning.mountPoint(),
            provisioning.filesystem().slug(),
            String.join(",", provisioning.mountOptions()),
            String.join(",", provisioning.fstabOptions()),
            expectedUrl);
  }

  @Test
  void formatStage_onEmptyImage_createsLuks2WithArgon2idAndAesXts512() throws IOException {
    Tools.require("cryptsetup");
    Path image = image("volume.img", IMAGE_BYTES);
    Path key = dir.resolve("data.key");
    LuksKey.generateFile(key);
    Path script = script(testProvisioning());

    Tools.Result format = formatStage(script, image, key);

    assertThat(format.exitCode()).as(format.describe()).isZero();
    String dump = luksDump(image).stdout();
    assertThat(field(dump, "Version")).isEqualTo("2");
    assertThat(field(dump, "cipher")).isEqualTo("aes-xts-plain64");
    assertThat(field(dump, "Cipher key")).isEqualTo("512 bits");
    assertThat(field(dump, "PBKDF")).isEqualTo("argon2id");
    Tools.Result unlock = testPassphrase(image, key);
    assertThat(unlock.exitCode())
        .as("the key file unlocks the header: " + unlock.describe())
        .isZero();
  }

  @Test
  void formatStage_withAnotherKey_doesNotUnlockTheHeader() throws IOException {
    Tools.require("cryptsetup");
    Path image = image("volume.img", IMAGE_BYTES);
    Path key = dir.resolve("data.key");
    Path other = dir.resolve("other.key");
    LuksKey.generateFile(key);
    LuksKey.generateFile(other);
    Path script = script(testProvisioning());
    formatStage(script, image, key);

    Tools.Result unlock = testPassphrase(image, other);

    assertThat(unlock.exitCode()).isNotZero();
  }

  @Test
  void formatStage_runTwice_keepsTheExistingHeader() throws IOException {
    Tools.require("cryptsetup");
    Path image = image("volume.img", IMAGE_BYTES);
    Path key = dir.resolve("data.key");
    LuksKey.generateFile(key);
    Path script = script(testProvisioning());
    formatStage(script, image, key);
    String before = luksDump(image).stdout();

    Tools.Result second = formatStage(script, image, key);

    assertThat(second.exitCode()).as(second.describe()).isZero();
    assertThat(second.stderr()).contains("already holds LUKS; not formatting");
    String after = luksDump(image).stdout();
    assertThat(field(after, "UUID")).isEqualTo(field(before, "UUID")).isNotBlank();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void formatStage_onImageWithFilesystem_refusesAndLeavesItIntact() throws IOException {
    Tools.require("cryptsetup");
    Path image = image("preformatted.img", IMAGE_BYTES);
    Tools.Result mkfs =
        Tools.run(dir, Tools.require("mkfs.ext4").toString(), "-q", image.toString());
    assertThat(mkfs.exitCode()).as(mkfs.describe()).isZero();
    String uuid = probeUuid(image);
    Path key = dir.resolve("data.key");
    LuksKey.generateFile(key);
    Path script = script(testProvisioning());

    Tools.Result format = formatStage(script, image, key);

    assertThat(format.exitCode()).isNotZero();
    assertThat(format.stderr()).contains("refusing to format it");
    assertThat(probeType(image)).isEqualTo("ext4");
    assertThat(probeUuid(image)).isEqualTo(uuid);
  }

  @ParameterizedTest
  @EnumSource(FilesystemType.class)
  void mkfsStage_runTwice_createsTheFilesystemOnce(FilesystemType filesystem) throws IOException {
    Tools.require("blkid");
    Tools.require("mkfs." + filesystem.slug());
    Path target =
        image("mapping.img", filesystem == FilesystemType.XFS ? XFS_IMAGE_BYTES : IMAGE_BYTES);
    Path script = script(testProvisioning());

    Tools.Result first =
        stage(script, "seawall_mkfs_if_needed", target.toString(), filesystem.slug());
    assertThat(first.exitCode()).as(first.describe()).isZero();
    String uuid = probeUuid(target);
    Tools.Result second =
        stage(script, "seawall_mkfs_if_needed", target.toString(), filesystem.slug());

    assertThat(probeType(target)).isEqualTo(filesystem.slug());
    assertThat(uuid).isNotBlank();
    assertThat(second.exitCode()).as(second.describe()).isZero();
    assertThat(second.stderr()).contains("not creating a filesystem");
    assertThat(probeUuid(target)).isEqualTo(uuid);
  }

  @Test
  void mkfsStage_whenAnotherFilesystemExists_refusesAndKeepsIt() throws IOException {
    Tools.require("blkid");
    Path target = image("mapping.img", XFS_IMAGE_BYTES);
    Tools.run(dir, Tools.require("mkfs.xfs").toString(), "-q", target.toString());
    String uuid = probeUuid(target);
    Path script = script(testProvisioning());

    Tools.Result result = stage(script, "seawall_mkfs_if_needed", target.toString(), "ext4");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("leaving it untouched");
    assertThat(probeType(target)).isEqualTo("xfs");
    assertThat(probeUuid(target)).isEqualTo(uuid);
  }

  @Test
  void persistCrypttab_runTwice_appendsOneLineWithTheLuksUuid() throws IOException {
    Tools.require("cryptsetup");
    Path image = image("volume.img", IMAGE_BYTES);
    Path key = dir.resolve("data.key");
    LuksKey.generateFile(key);
    Path script = script(testProvisioning());
    formatStage(script, image, key);
    String uuid = field(luksDump(image).stdout(), "UUID");
    Path crypttab = write("crypttab", "# <target> <source> <key> <options>\n");

    for (int i = 0; i < 2; i++) {
      Tools.Result result =
          stage(
              script,
              "seawall_persist_crypttab",
              crypttab.toString(),
              "data",
              image.toString(),
              "/run/keys/data.key",
              "luks,nofail");
      assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    assertThat(Files.readAllLines(crypttab))
        .containsExactly(
            "# <target> <source> <key> <options>",
            "data UUID=" + uuid + " /run/keys/data.key luks,nofail");
  }

  @Test
  void persistFstab_runTwice_appendsOneLineAndIgnoresComments() throws IOException {
    Path fstab = write("fstab", "# /mnt/data was here once\nUUID=abc / ext4 defaults 0 1\n");
    Path script = script(testProvisioning());
    LuksProvisioning provisioning = testProvisioning();
    String options = String.join(",", provisioning.fstabOptions());

    for (int i = 0; i < 2; i++) {
      Tools.Result result =
          stage(
              script,
              "seawall_persist_fstab",
              fstab.toString(),
              "/dev/mapper/data",
              "/mnt/data",
              "ext4",
              options);
      assertThat(result.exitCode()).as(result.describe()).isZero();
    }

    assertThat(Files.readAllLines(fstab))
        .containsExactly(
            "# /mnt/data was here once",
            "UUID=abc / ext4 defaults 0 1",
            "/dev/mapper/data /mnt/data ext4 nodev,nosuid,nofail 0 2");
  }

  @Test
  void embeddedKeyStage_writesExactlyTheKeyBytes() throws IOException {
    LuksKey key = LuksKey.generate();
    LuksProvisioning provisioning =
        testProvisioning().toBuilder()
            .keySource(KeySource.embedded(key))
            .embedKeyInUserData(Justification.of("TEST-2: throwaway test key"))
            .build();
    Path script = script(provisioning);
    Path out = dir.resolve("key.out");

    Tools.Result result =
        sourced(
            script, "seawall_write_embedded_key \"$cfg_luks_secret_key\" \"$2\"", out.toString());

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(key.bytes());
  }

  @Test
  void stdinKeyStage_copiesStandardInputVerbatim() throws IOException {
    LuksKey key = LuksKey.generate();
    Path script = script(testProvisioning());
    Path out = dir.resolve("key.out");

    Tools.Result result =
        Tools.stage(dir, script, key.bytes(), "seawall_read_key_from_stdin", out.toString());

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(key.bytes());
  }

  @Test
  void stdinKeyStage_whenInputIsEmpty_fails() throws IOException {
    Path script = script(testProvisioning());

    Tools.Result result =
        stage(script, "seawall_read_key_from_stdin", dir.resolve("key.out").toString());

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("no key on standard input");
  }

  @Test
  void httpsKeyStage_whenTokenHasForbiddenCharacters_refusesBeforeCallingCurl() throws IOException {
    Path script = script(testProvisioning());
    Path token = dir.resolve("token");
    Files.writeString(token, "abc def\"\nheader = \"X-Evil: 1");
    Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));

    Tools.Result result =
        stage(
            script,
            "seawall_fetch_key_https",
            "https://127.0.0.1:9/key",
            token.toString(),
            dir.resolve("key.out").toString());

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("holds characters a bearer token cannot have");
    assertThat(dir.resolve("key.out")).doesNotExist();
  }

  @Test
  void checkPrivateFile_whenGroupOrOthersCanRead_refuses() throws IOException {
    Path script = script(testProvisioning());
    Path key = dir.resolve("key");
    Files.write(key, LuksKey.generate().bytes());
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));

    Tools.Result open = stage(script, "seawall_check_private_file", key.toString());
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    Tools.Result ownerOnly = stage(script, "seawall_check_private_file", key.toString());

    assertThat(open.exitCode()).isNotZero();
    assertThat(open.stderr()).contains("accessible by group or others");
    assertThat(ownerOnly.exitCode()).as(ownerOnly.describe()).isZero();
  }

  /** The value of the first {@code name: value} line of a luksDump. */
  private static String field(String dump, String name) {
    Matcher matcher =
        Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*(.+?)\\s*$").matcher(dump);
    assertThat(matcher.find()).as(name + " in luksDump:\n" + dump).isTrue();
    return matcher.group(1);
  }
}
