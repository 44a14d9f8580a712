package dev.seawall.volumes.luks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Renders the {@code #cloud-config} document with SnakeYAML: it installs the packages the script
 * needs, writes the script to {@code scriptPath} (root-only, mode 0700) and, when the key source is
 * unattended, runs it once on first boot.
 */
public final class CloudConfigRenderer {
  private CloudConfigRenderer() {}

  /**
   * Renders the document.
   *
   * @param script the provisioning script
   * @param scriptPath where cloud-init writes it
   * @param packages the Debian/Ubuntu packages to install
   * @param runOnFirstBoot whether {@code runcmd} runs the script
   * @param comments comment lines placed after the {@code #cloud-config} header
   * @return the cloud-config document, starting with {@code #cloud-config}
   */
  public static String render(
      String script,
      String scriptPath,
      List<String> packages,
      boolean runOnFirstBoot,
      List<String> comments) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("packages", new ArrayList<>(packages));
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("path", scriptPath);
    file.put("owner", "root:root");
    file.put("permissions", "0700");
    file.put("content", script);
    document.put("write_files", List.of(file));
    if (runOnFirstBoot) {
      document.put("runcmd", List.of(List.of(scriptPath)));
    }
    StringBuilder out = new StringBuilder("#cloud-config\n");
    for (String comment : comments) {
      out.append(comment.isEmpty() ? "#" : "# " + Shell.commentText(comment)).append('\n');
    }
    out.append(yaml().dump(document));
    return out.toString();
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(4096);
    options.setSplitLines(false);
    return new Yaml(new LiteralBlockRepresenter(options), options);
  }

  /** Represents multi-line strings as literal blocks ({@code |}) so the script stays readable. */
  private static final class LiteralBlockRepresenter extends Representer {
    LiteralBlockRepresenter(DumperOptions options) {
      super(options);
      Represent plain = representers.get(String.class);
      representers.put(
          String.class,
          data -> {
            String text = (String) data;
            return text.contains("\n")
                ? representScalar(Tag.STR, text, DumperOptions.ScalarStyle.LITERAL)
                : plain.representData(data);
          });
    }
  }
}
