package dev.seawall.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM has no parent (it must not leak the build's test libraries into users' builds), so it
 * repeats the third-party versions of the parent pom; they must not drift apart.
 */
class BomVersionsTest {
  private static final List<String> RUNTIME_VERSIONS =
      List.of(
          "okhttp.version",
          "okio.version",
          "kotlin.version",
          "moshi.version",
          "vavr.version",
          "minio.version");

  @Test
  void bom_whenComparedWithTheParent_managesTheSameThirdPartyVersions() throws Exception {
    Path root = Path.of(System.getProperty("seawall.root"));
    Map<String, String> parent = properties(root.resolve("pom.xml"));
    Map<String, String> bom = properties(root.resolve("bom/pom.xml"));

    for (String name : RUNTIME_VERSIONS) {
      assertThat(bom.get(name)).as(name).isNotNull().isEqualTo(parent.get(name));
    }
  }

  private static Map<String, String> properties(Path pom) throws Exception {
    Element project =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(pom.toFile())
            .getDocumentElement();
    Map<String, String> properties = new LinkedHashMap<>();
    NodeList blocks = project.getElementsByTagName("properties");
    for (int b = 0; b < blocks.getLength(); b++) {
      if (blocks.item(b).getParentNode() != project) {
        continue;
      }
      NodeList children = blocks.item(b).getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        Node child = children.item(i);
        if (child.getNodeType() == Node.ELEMENT_NODE) {
          properties.put(child.getNodeName(), child.getTextContent().trim());
        }
      }
    }
    return properties;
  }
}
