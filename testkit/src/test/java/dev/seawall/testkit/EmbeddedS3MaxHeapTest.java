package dev.seawall.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedS3MaxHeapTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(EmbeddedS3.MAX_HEAP_PROPERTY);
  }

  @Test
  void maxHeap_whenUnset_isTheDefault() {
    assertThat(EmbeddedS3.maxHeap()).isEqualTo("512m").isEqualTo(EmbeddedS3.DEFAULT_MAX_HEAP);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2g", "1536m", "2097152k", "1073741824", " 3G "})
  void maxHeap_whenSetToAHeapSize_isThatSize(String heap) {
    System.setProperty(EmbeddedS3.MAX_HEAP_PROPERTY, heap);

    assertThat(EmbeddedS3.maxHeap()).isEqualTo(heap.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0m", "2gb", "-2g", "2g -Dx=y", "lots"})
  void start_whenMaxHeapIsMalformed_throwsBeforeStartingAnything(String heap, @TempDir Path dir) {
    System.setProperty(EmbeddedS3.MAX_HEAP_PROPERTY, heap);

    assertThatThrownBy(() -> EmbeddedS3.start(dir.resolve("missing.jar"), dir.resolve("work")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seawall.s3proxyMaxHeap must be a heap size such as 512m or 2g");
  }
}
