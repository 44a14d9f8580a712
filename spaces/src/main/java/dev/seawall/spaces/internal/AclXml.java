package dev.seawall.spaces.internal;

import dev.seawall.spaces.bucket.CannedAcl;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads an S3 {@code AccessControlPolicy} document as a canned ACL. MinIO's own model requires
 * owner fields that some servers (s3proxy) leave out, so the grants are read here with the JDK's
 * XML parser (DOCTYPE refused: no external entities).
 */
final class AclXml {
  /** The grantee URI of everyone, authenticated or not. */
  static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";

  private AclXml() {}

  /**
   * The canned ACL the grants amount to for everyone ({@code AllUsers}).
   *
   * @param xml the {@code GET ?acl} response body
   * @return {@link CannedAcl#PUBLIC_READ_WRITE} if everyone may write, {@link
   *     CannedAcl#PUBLIC_READ} if everyone may read, {@link CannedAcl#PRIVATE} otherwise
   * @throws IllegalArgumentException if the body is not XML
   */
  static CannedAcl cannedAcl(String xml) {
    boolean read = false;
    boolean write = false;
    NodeList grants = parse(xml).getElementsByTagNameNS("*", "Grant");
    for (int i = 0; i < grants.getLength(); i++) {
      Element grant = (Element) grants.item(i);
      if (!ALL_USERS.equals(text(grant, "URI"))) {
        continue;
      }
      String permission = text(grant, "Permission");
      read |= permission.equals("READ") || permission.equals("FULL_CONTROL");
      write |= permission.equals("WRITE") || permission.equals("FULL_CONTROL");
    }
    return write ? CannedAcl.PUBLIC_READ_WRITE : read ? CannedAcl.PUBLIC_READ : CannedAcl.PRIVATE;
  }

  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(xml)))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("the ACL response is not S3 XML: " + e.getMessage());
    }
  }

  private static String text(Element parent, String name) {
    NodeList nodes = parent.getElementsByTagNameNS("*", name);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }
}
