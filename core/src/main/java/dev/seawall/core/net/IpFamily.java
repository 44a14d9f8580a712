package dev.seawall.core.net;

/** The IP version of a {@link Cidr}. */
public enum IpFamily {
  /** IPv4: 32-bit addresses, prefix lengths 0..32. */
  IPV4(4),
  /** IPv6: 128-bit addresses, prefix lengths 0..128. */
  IPV6(16);

  private final int bytes;

  IpFamily(int bytes) {
    this.bytes = bytes;
  }

  /** Address length in bytes: 4 or 16. */
  public int addressBytes() {
    return bytes;
  }

  /** Address length in bits, which is also the longest prefix length: 32 or 128. */
  public int bits() {
    return bytes * 8;
  }
}
