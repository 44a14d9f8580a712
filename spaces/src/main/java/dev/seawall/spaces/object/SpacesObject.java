package dev.seawall.spaces.object;

import dev.seawall.core.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An object being downloaded: its metadata and its content as a stream read from the network. Close
 * it (try-with-resources) to release the connection.
 */
public final class SpacesObject implements AutoCloseable {
  private final ObjectInfo info;
  private final InputStream content;

  /**
   * Wraps a download.
   *
   * @param info the object's metadata from the response headers
   * @param content the response body; closed by {@link #close()}
   */
  public SpacesObject(ObjectInfo info, InputStream content) {
    this.info = Objects.requireNonNull(info, "info");
    this.content = Objects.requireNonNull(content, "content");
  }

  /** The object's metadata. */
  public ObjectInfo info() {
    return info;
  }

  /** The content, decrypted by Spaces when the right SSE-C key was given; read it once. */
  public InputStream content() {
    return content;
  }

  /**
   * Reads the whole content into memory; only for small objects.
   *
   * @return the bytes
   * @throws TransportException if reading fails
   */
  public byte[] readAllBytes() {
    try {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new TransportException(
          "reading object " + info.key() + " failed: " + e.getMessage(), e);
    }
  }

  /** Closes the content stream and releases the connection. */
  @Override
  public void close() {
    try {
      content.close();
    } catch (IOException e) {
      throw new TransportException(
          "closing object " + info.key() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "SpacesObject[" + info.bucket() + "/" + info.key() + "]";
  }
}
