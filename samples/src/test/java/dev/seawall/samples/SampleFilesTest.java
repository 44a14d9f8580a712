package dev.seawall.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.compute.sshkey.SshPublicKey;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFilesTest {

  @Test
  void rehearsalKey_whenRunAgainWithTheSameOutputDir_reusesTheKeptKey(@TempDir Path outputDir) {
    AtomicInteger generated = new AtomicInteger();
    Supplier<SshPublicKey> generator =
        () -> {
          generated.incrementAndGet();
          return SampleFiles.generateEd25519PublicKey("seawall-rehearsal");
        };

    SshPublicKey first = SampleFiles.rehearsalKey(outputDir, generator);
    SshPublicKey second = SampleFiles.rehearsalKey(outputDir, generator);

    assertThat(generated).hasValue(1);
    assertThat(second.md5Fingerprint()).isEqualTo(first.md5Fingerprint());
    assertThat(outputDir.resolve("seawall-rehearsal-ssh-key.pub")).isRegularFile();
  }
}
