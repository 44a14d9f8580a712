package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuksKeyTest {
  @TempDir Path dir;

  @Test
  void generate_always_returns64RandomBytes() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      LuksKey key = LuksKey.generate();
      assertThat(key.length()).isEqualTo(64);
      assertThat(key.bytes()).hasSize(64);
      seen.add(key.base64());
    }
    assertThat(seen).hasSize(50);
  }

  @Test
  void generateFile_whenFileIsNew_writesTheKeyOwnerOnly() throws Exception {
    Path file = dir.resolve("data.key");

    LuksKey key = LuksKey.generateFile(file);

    assertThat(Files.readAllBytes(file)).isEqualTo(key.bytes()).hasSize(64);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void writeTo_whenFileExists_refusesAndKeepsTheOldKey() throws Exception {
    Path file = dir.resolve("data.key");
    LuksKey first = LuksKey.generateFile(file);

    assertThatThrownBy(() -> LuksKey.generate().writeTo(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(FileAlreadyExistsException.class);

    assertThat(Files.readAllBytes(file)).isEqualTo(first.bytes());
  }

  @Test
  void readFrom_afterWriteTo_returnsAnEqualKey() {
    Path file = dir.resolve("data.key");
    LuksKey key = LuksKey.generateFile(file);

    assertThat(LuksKey.readFrom(file)).isEqualTo(key).isNotEqualTo(LuksKey.generate());
  }

  @Test
  void of_whenTooShortOrTooLong_isRejected() {
    assertThatThrownBy(() -> LuksKey.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 to 8192 bytes");
    assertThatThrownBy(() -> LuksKey.of(new byte[8193]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LuksKey.of(new byte[32]).length()).isEqualTo(32);
  }

  @Test
  void of_whenInputChangesLater_keepsItsOwnCopy() {
    byte[] bytes = new byte[64];
    LuksKey key = LuksKey.of(bytes);
    bytes[0] = 1;
    byte[] copy = key.bytes();
    copy[1] = 1;

    assertThat(key.bytes()).containsOnly(0);
  }

  @Test
  void toString_always_hidesTheKey() {
    LuksKey key = LuksKey.generate();

    assertThat(key.toString()).isEqualTo("LuksKey[redacted]").doesNotContain(key.base64());
    assertThat(KeySource.embedded(key).toString()).doesNotContain(key.base64());
  }
}
