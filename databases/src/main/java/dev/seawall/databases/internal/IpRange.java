package dev.seawall.databases.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address or CIDR range, parsed strictly and without any DNS lookup. A plain
 * address is a range of one address ({@code /32} or {@code /128}). Host bits below the prefix are
 * refused (write {@code 10.0.0.0/8}, not {@code 10.0.0.5/8}). Immutable.
 */
public final class IpRange {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern PREFIX = Pattern.compile("0|[1-9][0-9]{0,2}");

  private final byte[] address;
  private final int prefixLength;

  private IpRange(byte[] address, int prefixLength) {
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses an address or CIDR.
   *
   * @param text e.g. {@code 192.0.2.10}, {@code 10.10.0.0/16}, {@code 2001:db8::/32}
   * @return the range
   * @throws IllegalArgumentException with a readable reason if the text is not a literal address or
   *     CIDR, or has host bits set below the prefix
   */
  public static IpRange parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("an IP address or CIDR is required");
    }
    int slash = trimmed.indexOf('/');
    String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
    byte[] bytes = parseAddress(addressText);
    int max = bytes.length * 8;
    int prefix = max;
    if (slash >= 0) {
      String prefixText = trimmed.substring(slash + 1);
      if (!PREFIX.matcher(prefixText).matches() || Integer.parseInt(prefixText) > max) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' has an invalid prefix length; expected /0 to /" + max);
      }
      prefix = Integer.parseInt(prefixText);
    }
    byte[] network = mask(bytes, prefix);
    if (!Arrays.equals(network, bytes)) {
      throw new IllegalArgumentException(
          "'"
              + trimmed
              + "' has host bits set below the prefix; did you mean "
              + new IpRange(network, prefix).canonical()
              + "?");
    }
    return new IpRange(bytes, prefix);
  }

  private static byte[] parseAddress(String text) {
    if (text.indexOf(':') < 0) {
      var matcher = IPV4.matcher(text);
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "'" + text + "' is not an IPv4 address (four decimal numbers 0-255, e.g. 192.0.2.10)");
      }
      byte[] bytes = new byte[4];
      for (int i = 0; i < 4; i++) {
        int octet = Integer.parseInt(matcher.group(i + 1));
        if (octet > 255) {
          throw new IllegalArgumentException(
              "'" + text + "' is not an IPv4 address: " + octet + " is greater than 255");
        }
        bytes[i] = (byte) octet;
      }
      return bytes;
    }
    if (!IPV6_CHARS.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
    }
    try {
      // The brackets make the JDK parse a literal only: it never resolves a bracketed name.
      InetAddress parsed = InetAddress.getByName("[" + text + "]");
      byte[] raw = parsed.getAddress();
      if (parsed instanceof Inet6Address) {
        return raw;
      }
      // An IPv4-mapped IPv6 literal (::ffff:a.b.c.d) comes back as IPv4: keep it IPv6.
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(raw, 0, mapped, 12, 4);
      return mapped;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("'" + text + "' is not an IPv6 address");
    }
  }

  private static byte[] mask(byte[] bytes, int prefix) {
    byte[] out = bytes.clone();
    for (int bit = prefix; bit < out.length * 8; bit++) {
      out[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
    }
    return out;
  }

  /** Whether this is an IPv6 range. */
  public boolean isIpv6() {
    return address.length == 16;
  }

  /** The prefix length: 0-32 for IPv4, 0-128 for IPv6. */
  public int prefixLength() {
    return prefixLength;
  }

  /** Whether this range is a single address ({@code /32} or {@code /128}). */
  public boolean isSingleAddress() {
    return prefixLength == address.length * 8;
  }

  /**
   * Whether the range is internet-wide for a database firewall (rule SW-DB-002): an IPv4 range
   * wider than {@code /8}, an IPv4 range wider than {@code /16} outside RFC 1918 private space, or
   * an IPv6 range wider than {@code /32}.
   */
  public boolean isInternetWide() {
    if (isIpv6()) {
      return prefixLength < 32;
    }
    if (prefixLength < 8) {
      return true;
    }
    return prefixLength < 16 && !isRfc1918();
  }

  /** Whether the whole range lies in 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. */
  public boolean isRfc1918() {
    if (isIpv6()) {
      return false;
    }
    int first = address[0] & 0xff;
    int second = address[1] & 0xff;
    return (first == 10 && prefixLength >= 8)
        || (first == 172 && (second & 0xf0) == 16 && prefixLength >= 12)
        || (first == 192 && second == 168 && prefixLength >= 16);
  }

  /**
   * The canonical text: a single address without prefix ({@code 192.0.2.10}), otherwise {@code
   * network/prefix}; IPv6 in the JDK's full form.
   */
  public String canonical() {
    String text;
    if (isIpv6()) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 16; i += 2) {
        if (i > 0) {
          out.append(':');
        }
        out.append(Integer.toHexString(((address[i] & 0xff) << 8) | (address[i + 1] & 0xff)));
      }
      text = out.toString();
    } else {
      text =
          (address[0] & 0xff)
              + "."
              + (address[1] & 0xff)
              + "."
              + (address[2] & 0xff)
              + "."
              + (address[3] & 0xff);
    }
    return isSingleAddress() ? text : text + "/" + prefixLength;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IpRange range
        && prefixLength == range.prefixLength
        && Arrays.equals(address, range.address);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(address) + prefixLength;
  }

  @Override
  public String toString() {
    return canonical();
  }
}
