package dev.seawall.volumes.luks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seawall.volumes.luks.internal.Shell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ShellQuoteTest {
  @Property(tries = 60)
  void quote_forAnyText_isReadBackVerbatimByTheShell(
      @ForAll @StringLength(max = 40) @CharRange(from = ' ', to = '~') @Chars({'\n', '\t'})
          String value) {
    Path sh = Tools.require("sh");

    Tools.Result result =
        Tools.run(
            Path.of(System.getProperty("java.io.tmpdir")),
            Map.of(),
            new byte[0],
            List.of(sh.toString(), "-c", "printf '%s' " + Shell.quote(value)));

    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout()).isEqualTo(value);
  }
}
