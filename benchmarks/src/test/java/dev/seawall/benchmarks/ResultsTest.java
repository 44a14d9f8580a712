package dev.seawall.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {
  @Test
  void writeThenRead_whenValues_returnsThemInOrder(@TempDir Path dir) {
    new Results().put("b", 2).put("a", "x\ty").write(dir, "run");

    assertThat(Results.read(dir, "run"))
        .containsExactly(java.util.Map.entry("b", "2"), java.util.Map.entry("a", "x y"));
  }

  @Test
  void read_whenFileMissing_isEmpty(@TempDir Path dir) {
    assertThat(Results.read(dir, "absent")).isEmpty();
  }

  @Test
  void put_whenKeyHasTab_isRefused() {
    assertThatThrownBy(() -> new Results().put("a\tb", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
