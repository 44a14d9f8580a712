package dev.seawall.testkit.fakes;

import java.math.BigInteger;
import java.util.Locale;

/**
 * An IPv4 or IPv6 range for the fakes' own checks (VPC ranges, firewall addresses), independent of
 * the production code it tests. Host bits may be set ({@code 10.0.0.5/24} is {@code 10.0.0.0/24}),
 * as DigitalOcean accepts.
 */
record IpRange(boolean ipv4, BigInteger network, int prefixLength) {

  /**
   * Parses an address ({@code /32} or {@code /128}) or CIDR.
   *
   * @throws IllegalArgumentException when the text is neither
   */
  static IpRange parse(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
    boolean v4 = address.indexOf(':') < 0;
    byte[] bytes = v4 ? ipv4(address) : ipv6(address);
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String digits = trimmed.substring(slash + 1);
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("bad prefix length in " + text);
      }
      prefix = Integer.parseInt(digits);
      if (prefix > bits) {
        throw new IllegalArgumentException("prefix length too long in " + text);
      }
    }
    BigInteger value = new BigInteger(1, bytes);
    BigInteger mask = mask(bits, prefix);
    return new IpRange(v4, value.and(mask), prefix);
  }

  /**
   * Parses a CIDR whose address is the network address ({@code 10.10.0.0/16}, not {@code
   * 10.10.0.5/16}).
   *
   * @throws IllegalArgumentException when the text is not such a CIDR
   */
  static IpRange parseNetwork(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not in CIDR notation: " + text);
    }
    IpRange range = parse(trimmed);
    if (!parse(trimmed.substring(0, slash)).network.equals(range.network)) {
      throw new IllegalArgumentException("host bits set in " + text);
    }
    return range;
  }

  /** Whether the range lies in 10/8, 172.16/12 or 192.168/16. */
  boolean isRfc1918() {
    return ipv4 && (within("10.0.0.0/8") || within("172.16.0.0/12") || within("192.168.0.0/16"));
  }

  /** Whether the two ranges share an address. */
  boolean overlaps(IpRange other) {
    if (ipv4 != other.ipv4) {
      return false;
    }
    int shorter = Math.min(prefixLength, other.prefixLength);
    BigInteger mask = mask(bits(), shorter);
    return network.and(mask).equals(other.network.and(mask));
  }

  /** The first address plus {@code offset}, as text (IPv4 only). */
  String address(long offset) {
    long value = network.longValue() + offset;
    return String.format(
        Locale.ROOT,
        "%d.%d.%d.%d",
        (value >> 24) & 0xff,
        (value >> 16) & 0xff,
        (value >> 8) & 0xff,
        value & 0xff);
  }

  @Override
  public String toString() {
    if (ipv4) {
      return address(0) + "/" + prefixLength;
    }
    byte[] raw = network.toByteArray();
    byte[] bytes = new byte[16];
    int copy = Math.min(raw.length, 16);
    System.arraycopy(raw, raw.length - copy, bytes, 16 - copy, copy);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      if (i > 0) {
        text.append(':');
      }
      text.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
    }
    return text + "/" + prefixLength;
  }

  private boolean within(String cidr) {
    IpRange outer = parse(cidr);
    return prefixLength >= outer.prefixLength && overlaps(outer);
  }

  private int bits() {
    return ipv4 ? 32 : 128;
  }

  private static BigInteger mask(int bits, int prefix) {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.shiftRight(bits - prefix).shiftLeft(bits - prefix);
  }

  private static byte[] ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an IPv4 address: " + text);
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("not an IPv4 address: " + text);
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        throw new IllegalArgumentException("not an IPv4 address: " + text);
      }
      bytes[i] = (byte) value;
    }
    return bytes;
  }

  private static byte[] ipv6(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      throw new IllegalArgumentException("not an IPv6 address: " + text);
    }
    int gap = lower.indexOf("::");
    if (gap >= 0 && lower.indexOf("::", gap + 1) >= 0) {
      throw new IllegalArgumentException("not an IPv6 address: " + text);
    }
    String head = gap < 0 ? lower : lower.substring(0, gap);
    String tail = gap < 0 ? "" : lower.substring(gap + 2);
    int[] first = groups(head, text);
    int[] last = groups(tail, text);
    int total = first.length + last.length;
    if (gap < 0 ? total != 8 : total > 7) {
      throw new IllegalArgumentException("not an IPv6 address: " + text);
    }
    int[] all = new int[8];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(last, 0, all, 8 - last.length, last.length);
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[2 * i] = (byte) (all[i] >> 8);
      bytes[2 * i + 1] = (byte) all[i];
    }
    return bytes;
  }

  private static int[] groups(String part, String original) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] texts = part.split(":", -1);
    String lastText = texts[texts.length - 1];
    boolean embedded = lastText.contains(".");
    int[] groups = new int[texts.length + (embedded ? 1 : 0)];
    for (int i = 0; i < texts.length - (embedded ? 1 : 0); i++) {
      String group = texts[i];
      if (group.isEmpty() || group.length() > 4 || group.contains(".")) {
        throw new IllegalArgumentException("not an IPv6 address: " + original);
      }
      groups[i] = Integer.parseInt(group, 16);
    }
    if (embedded) {
      byte[] v4 = ipv4(lastText);
      groups[texts.length - 1] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
      groups[texts.length] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
    }
    return groups;
  }
}
