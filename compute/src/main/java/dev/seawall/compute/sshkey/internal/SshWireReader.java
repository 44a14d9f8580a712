package dev.seawall.compute.sshkey.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the SSH wire encoding (RFC 4251 §5) of a public key blob: {@code string} is a uint32 length
 * followed by that many bytes, {@code mpint} is a two's complement big-endian {@code string}. Every
 * read is bounds-checked and fails with {@link IllegalArgumentException}.
 */
public final class SshWireReader {
  private final byte[] data;
  private int position;

  /** Reads from {@code data} (not copied). */
  public SshWireReader(byte[] data) {
    this.data = data;
  }

  /** Reads a {@code string} as raw bytes. */
  public byte[] readBytes() {
    if (data.length - position < 4) {
      throw new IllegalArgumentException("the key data is truncated");
    }
    long length =
        ((data[position] & 0xFFL) << 24)
            | ((data[position + 1] & 0xFFL) << 16)
            | ((data[position + 2] & 0xFFL) << 8)
            | (data[position + 3] & 0xFFL);
    position += 4;
    if (length > data.length - position) {
      throw new IllegalArgumentException("the key data is truncated");
    }
    byte[] value = Arrays.copyOfRange(data, position, position + (int) length);
    position += (int) length;
    return value;
  }

  /** Reads a {@code string} as US-ASCII text. */
  public String readAscii() {
    byte[] bytes = readBytes();
    for (byte b : bytes) {
      if (b < 0x20 || b > 0x7e) {
        throw new IllegalArgumentException("the key data holds a malformed name");
      }
    }
    return new String(bytes, StandardCharsets.US_ASCII);
  }

  /** Reads a non-negative {@code mpint}. */
  public BigInteger readPositiveMpint() {
    byte[] bytes = readBytes();
    if (bytes.length == 0) {
      return BigInteger.ZERO;
    }
    BigInteger value = new BigInteger(bytes);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("the key data holds a negative number");
    }
    return value;
  }

  /** Whether every byte has been read. */
  public boolean atEnd() {
    return position == data.length;
  }
}
