package dev.seawall.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An IPv4 or IPv6 address range in CIDR notation, such as {@code 10.10.0.0/16} or {@code
 * 2001:db8::/32}. Immutable; equal ranges are equal whatever their spelling ({@code
 * 2001:DB8:0::/32} equals {@code 2001:db8::/32}).
 *
 * <p>Parsing never touches DNS: only numeric literals are accepted. The network address must not
 * have bits set after the prefix ({@code 10.0.0.5/24} is refused with the hint "did you mean
 * 10.0.0.0/24?"), and an address without a prefix length is refused by {@link #parse} with the hint
 * "did you mean 10.0.0.5/32?". Where DigitalOcean also accepts single addresses (Cloud Firewall
 * rules, database trusted sources, load balancer firewalls), {@link #parseAddressOrCidr} reads a
 * bare address as a one-address range.
 *
 * <p>{@link #toString()} gives the canonical text: dotted decimal for IPv4, RFC 5952 (lower case,
 * longest run of zero groups compressed) for IPv6, always with the prefix length; {@code
 * parse(c.toString()).equals(c)} holds for every range. {@link #toCompactString()} drops the prefix
 * length of a single address.
 *
 * <p>{@link #isInternetWide()} holds Seawall's single definition of an internet-wide range, which
 * every policy rule and audit uses.
 */
public final class Cidr implements Comparable<Cidr> {

  /** {@code 0.0.0.0/0}: every IPv4 address. */
  public static final Cidr ANY_IPV4 = new Cidr(IpFamily.IPV4, new byte[4], 0);

  /** {@code ::/0}: every IPv6 address. */
  public static final Cidr ANY_IPV6 = new Cidr(IpFamily.IPV6, new byte[16], 0);

  private static final Cidr RFC1918_10 = new Cidr(IpFamily.IPV4, new byte[] {10, 0, 0, 0}, 8);
  private static final Cidr RFC1918_172 =
      new Cidr(IpFamily.IPV4, new byte[] {(byte) 172, 16, 0, 0}, 12);
  private static final Cidr RFC1918_192 =
      new Cidr(IpFamily.IPV4, new byte[] {(byte) 192, (byte) 168, 0, 0}, 16);

  /** {@code fc00::/7}: IPv6 unique local addresses (RFC 4193), the IPv6 private space. */
  private static final Cidr UNIQUE_LOCAL =
      new Cidr(
          IpFamily.IPV6, new byte[] {(byte) 0xfc, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 7);

  /** An IPv4 range is internet-wide only with a prefix shorter than this. */
  private static final int WIDE_IPV4_PREFIX = 16;

  /** An IPv6 range is internet-wide only with a prefix shorter than this. */
  private static final int WIDE_IPV6_PREFIX = 32;

  private static final Cidr IPV4_MAPPED =
      new Cidr(
          IpFamily.IPV6,
          new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0},
          96);

  private final IpFamily family;
  private final byte[] address;
  private final int prefixLength;

  private Cidr(IpFamily family, byte[] address, int prefixLength) {
    this.family = family;
    this.address = address;
    this.prefixLength = prefixLength;
  }

  /**
   * Parses a range in CIDR notation ({@code address/prefixLength}).
   *
   * @param text e.g. {@code 10.10.0.0/16} or {@code 2001:db8::/32}; surrounding white space is
   *     ignored
   * @return the range
   * @throws IllegalArgumentException if the text is not a CIDR; the message says why and, for a
   *     bare address or host bits set, suggests the range that was probably meant
   */
  public static Cidr parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses a range in CIDR notation or a single address, which becomes a one-address range ({@code
   * /32} for IPv4, {@code /128} for IPv6). This is how DigitalOcean reads Cloud Firewall {@code
   * addresses}, database trusted sources of type {@code ip_addr} and load balancer firewall
   * entries. Bits after the prefix are still refused, with the same hints as {@link #parse}.
   *
   * @param text e.g. {@code 203.0.113.7}, {@code 203.0.113.0/24} or {@code 2001:db8::1}
   * @return the range
   * @throws IllegalArgumentException if the text is neither an address nor a CIDR
   */
  public static Cidr parseAddressOrCidr(String text) {
    return parse(text, true);
  }

  /**
   * Creates a range from a network address and a prefix length.
   *
   * @param address the network address; no bits may be set after the prefix
   * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
   * @throws IllegalArgumentException if the prefix length is out of range or host bits are set
   */
  public static Cidr of(InetAddress address, int prefixLength) {
    Objects.requireNonNull(address, "address");
    byte[] bytes = address.getAddress();
    IpFamily family = bytes.length == 4 ? IpFamily.IPV4 : IpFamily.IPV6;
    String text = format(family, bytes);
    if (prefixLength < 0 || prefixLength > family.bits()) {
      throw new IllegalArgumentException(
          "prefix length "
              + prefixLength
              + " is out of range for "
              + text
              + ": "
              + familyName(family)
              + " allows 0.."
              + family.bits());
    }
    return checkedRange(family, bytes, prefixLength, text + "/" + prefixLength);
  }

  /**
   * The range of the given prefix length that contains {@code address}: bits after the prefix are
   * cleared, so {@code containing(10.0.0.5, 24)} is {@code 10.0.0.0/24}. Use it to read ranges
   * written by other tools, which may keep host bits; {@link #parse} refuses those.
   *
   * @param address any address of the range
   * @param prefixLength 0..32 for IPv4, 0..128 for IPv6
   * @throws IllegalArgumentException if the prefix length is out of range
   */
  public static Cidr containing(InetAddress address, int prefixLength) {
    Objects.requireNonNull(address, "address");
    byte[] bytes = address.getAddress();
    IpFamily family = bytes.length == 4 ? IpFamily.IPV4 : IpFamily.IPV6;
    if (prefixLength < 0 || prefixLength > family.bits()) {
      throw new IllegalArgumentException(
          "prefix length "
              + prefixLength
              + " is out of range: "
              + familyName(family)
              + " allows 0.."
              + family.bits());
    }
    return new Cidr(family, mask(bytes, prefixLength), prefixLength);
  }

  /** The one-address range holding {@code address}: {@code /32} for IPv4, {@code /128} for IPv6. */
  public static Cidr host(InetAddress address) {
    Objects.requireNonNull(address, "address");
    byte[] bytes = address.getAddress();
    IpFamily family = bytes.length == 4 ? IpFamily.IPV4 : IpFamily.IPV6;
    return new Cidr(family, bytes, family.bits());
  }

  /** The address family: IPv4 or IPv6. */
  public IpFamily family() {
    return family;
  }

  /**
   * Reads a range leniently, as other tools and the API may write it: a bare address is a
   * one-address range and bits after the prefix are cleared ({@code 10.0.0.5/24} reads as {@code
   * 10.0.0.0/24}). For input written by people prefer {@link #parse}, which points such mistakes
   * out.
   *
   * @throws IllegalArgumentException if the text is not an address or CIDR at all
   */
  public static Cidr parseLenient(String text) {
    Objects.requireNonNull(text, "text");
    Cidr scanned = scan(text, true, true);
    return scanned != null ? scanned : parseLenientChecked(text);
  }

  /**
   * {@link #parseLenient} through the general parser, which explains what is wrong with the text;
   * {@link #scan} reads the well-formed cases without it to the same range.
   */
  static Cidr parseLenientChecked(String text) {
    String trimmed = text.strip();
    int slash = trimmed.indexOf('/');
    if (slash < 0) {
      return parseChecked(trimmed, true);
    }
    Cidr host = parseChecked(trimmed.substring(0, slash), true);
    String prefixText = trimmed.substring(slash + 1);
    if (!isPrefixNumber(prefixText)) {
      return parseChecked(trimmed, true); // throws with the usual message
    }
    return containing(host.address(), Integer.parseInt(prefixText));
  }

  /** The prefix length in bits: 0..32 for IPv4, 0..128 for IPv6. */
  public int prefixLength() {
    return prefixLength;
  }

  /**
   * The network (first) address of the range; an {@link Inet4Address} for IPv4 and an {@link
   * Inet6Address} for IPv6 (IPv4-mapped IPv6 ranges stay IPv6).
   */
  public InetAddress address() {
    try {
      return family == IpFamily.IPV4
          ? InetAddress.getByAddress(address.clone())
          : Inet6Address.getByAddress(null, address.clone(), -1);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("impossible: address of valid length", e);
    }
  }

  /** Whether the range holds exactly one address ({@code /32} or {@code /128}). */
  public boolean isHost() {
    return prefixLength == family.bits();
  }

  /**
   * Whether the range counts as "the internet" ({@code 0.0.0.0/0} or {@code ::/0}) for Seawall's
   * rules. This is the one definition every module uses: Cloud Firewall ingress and egress
   * (SW-FW-001, SW-FW-002, SW-FW-003), database trusted sources (SW-DB-002) and their audits. A
   * range is internet-wide when it is
   *
   * <ul>
   *   <li>IPv4 with a prefix shorter than {@code /16} that is not entirely within the private RFC
   *       1918 space ({@link #isRfc1918()}). So every IPv4 range wider than {@code /8} counts (no
   *       private block is that large, and {@code 0.0.0.0/1} plus {@code 128.0.0.0/1} cannot slip
   *       past a rule), and so do {@code 8.0.0.0/8}, {@code 100.64.0.0/10} and {@code
   *       203.0.0.0/15}; {@code 10.0.0.0/8}, {@code 172.16.0.0/12} and {@code 198.51.0.0/16} do
   *       not;
   *   <li>IPv6 with a prefix shorter than {@code /32} that is not entirely within the unique local
   *       space {@code fc00::/7}: {@code ::/0}, {@code 2000::/3} and {@code 2001:db8::/31} count,
   *       {@code 2001:db8::/32} and {@code fd00::/8} do not;
   *   <li>IPv4-mapped IPv6 ({@code ::ffff:0:0/96} and ranges within it): the IPv4 rule applied to
   *       the IPv4 range it maps, so {@code ::ffff:0:0/96} (all of IPv4) counts and {@code
   *       ::ffff:10.0.0.0/104} does not. An IPv6 range that holds all of {@code ::ffff:0:0/96},
   *       such as {@code ::/64}, maps {@code 0.0.0.0/0} and counts as well.
   * </ul>
   *
   * <p>A range that contains an internet-wide range is internet-wide too.
   */
  public boolean isInternetWide() {
    if (family == IpFamily.IPV4) {
      return prefixLength < WIDE_IPV4_PREFIX && !isRfc1918();
    }
    if (IPV4_MAPPED.contains(this)) {
      byte[] ipv4 = Arrays.copyOfRange(address, 12, 16);
      return new Cidr(IpFamily.IPV4, ipv4, prefixLength - IPV4_MAPPED.prefixLength)
          .isInternetWide();
    }
    if (contains(IPV4_MAPPED)) {
      return true;
    }
    return prefixLength < WIDE_IPV6_PREFIX && !UNIQUE_LOCAL.contains(this);
  }

  /**
   * Whether the range lies within the private IPv4 ranges of RFC 1918: {@code 10.0.0.0/8}, {@code
   * 172.16.0.0/12} or {@code 192.168.0.0/16}. Always {@code false} for IPv6.
   */
  public boolean isRfc1918() {
    return RFC1918_10.contains(this) || RFC1918_172.contains(this) || RFC1918_192.contains(this);
  }

  /**
   * Whether every address of {@code other} is also in this range. A range contains itself; ranges
   * of different families never contain each other.
   */
  public boolean contains(Cidr other) {
    Objects.requireNonNull(other, "other");
    return family == other.family
        && prefixLength <= other.prefixLength
        && samePrefix(address, other.address, prefixLength);
  }

  /**
   * Whether the two ranges share at least one address. Symmetric; for CIDR ranges this holds
   * exactly when one contains the other.
   */
  public boolean overlaps(Cidr other) {
    Objects.requireNonNull(other, "other");
    return family == other.family
        && samePrefix(address, other.address, Math.min(prefixLength, other.prefixLength));
  }

  /** Orders IPv4 before IPv6, then by network address, then by prefix length. */
  @Override
  public int compareTo(Cidr other) {
    int byFamily = family.compareTo(other.family);
    if (byFamily != 0) {
      return byFamily;
    }
    int byAddress = Arrays.compareUnsigned(address, other.address);
    return byAddress != 0 ? byAddress : Integer.compare(prefixLength, other.prefixLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr other
        && family == other.family
        && prefixLength == other.prefixLength
        && Arrays.equals(address, other.address);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(address) + prefixLength;
  }

  /** The canonical text, e.g. {@code 10.10.0.0/16} or {@code 2001:db8::/32}. */
  @Override
  public String toString() {
    return format(family, address) + "/" + prefixLength;
  }

  /**
   * The canonical text without the prefix length when the range is a single address ({@code
   * 203.0.113.7}, {@code 2001:db8::7}), otherwise {@link #toString()} ({@code 203.0.113.0/24}).
   * DigitalOcean writes single addresses this way in database trusted sources and load balancer
   * firewall entries; {@link #parseAddressOrCidr} reads the text back to an equal range.
   */
  public String toCompactString() {
    return isHost() ? format(family, address) : toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  private static Cidr parse(String text, boolean allowBareAddress) {
    Objects.requireNonNull(text, "text");
    Cidr scanned = scan(text, allowBareAddress, false);
    return scanned != null ? scanned : parseChecked(text, allowBareAddress);
  }

  /**
   * The general parser: reads every form the scanner leaves to it (embedded IPv4, non-ASCII digits)
   * and explains what is wrong with the text when it is not a range.
   */
  static Cidr parseChecked(String text, boolean allowBareAddress) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException(
          "an IP range must not be empty; expected CIDR notation such as 10.10.0.0/16 or"
              + " 2001:db8::/32");
    }
    int slash = trimmed.indexOf('/');
    String addressText = slash < 0 ? trimmed : trimmed.substring(0, slash);
    byte[] bytes = parseAddress(addressText, trimmed);
    IpFamily family = bytes.length == 4 ? IpFamily.IPV4 : IpFamily.IPV6;
    if (slash < 0) {
      if (allowBareAddress) {
        return new Cidr(family, bytes, family.bits());
      }
      throw new IllegalArgumentException(
          "'"
              + trimmed
              + "' is an address without a prefix length; did you mean "
              + format(family, bytes)
              + "/"
              + family.bits()
              + "?");
    }
    String prefixText = trimmed.substring(slash + 1);
    if (!isPrefixNumber(prefixText)) {
      throw new IllegalArgumentException(
          "'"
              + trimmed
              + "' has an invalid prefix length '"
              + prefixText
              + "'; expected a number 0.."
              + family.bits());
    }
    int prefix = Integer.parseInt(prefixText);
    if (prefix > family.bits()) {
      throw new IllegalArgumentException(
          "'"
              + trimmed
              + "' has prefix length /"
              + prefix
              + " but "
              + familyName(family)
              + " allows 0.."
              + family.bits());
    }
    return checkedRange(family, bytes, prefix, trimmed);
  }

  /**
   * Reads the common well-formed cases in one pass over {@code text}, without intermediate strings
   * or copies: a dotted-decimal IPv4 address or an IPv6 address of ASCII hex groups (with at most
   * one {@code ::}), optionally followed by {@code /} and a prefix length. Returns {@code null} for
   * anything else, which the general parser then reads or refuses with its message; so the result
   * is always the range the general parser gives.
   *
   * @param allowBareAddress whether an address without a prefix length is a one-address range
   * @param clearHostBits whether bits after the prefix are cleared (else: {@code null}, refused)
   */
  private static @Nullable Cidr scan(String text, boolean allowBareAddress, boolean clearHostBits) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int slash = text.indexOf('/', start);
    if (slash >= end) {
      slash = -1;
    }
    int addressEnd = slash < 0 ? end : slash;
    int colon = text.indexOf(':', start);
    byte[] bytes =
        colon >= 0 && colon < addressEnd
            ? scanIpv6(text, start, addressEnd)
            : scanIpv4(text, start, addressEnd);
    if (bytes == null) {
      return null;
    }
    IpFamily family = bytes.length == 4 ? IpFamily.IPV4 : IpFamily.IPV6;
    int prefix;
    if (slash < 0) {
      if (!allowBareAddress) {
        return null;
      }
      prefix = family.bits();
    } else {
      prefix = scanPrefix(text, slash + 1, end);
      if (prefix < 0 || prefix > family.bits()) {
        return null;
      }
    }
    if (clearAfterPrefix(bytes, prefix) && !clearHostBits) {
      return null;
    }
    return new Cidr(family, bytes, prefix);
  }

  /** Four decimal numbers 0..255 without leading zeros, separated by dots; null otherwise. */
  private static byte @Nullable [] scanIpv4(String text, int from, int to) {
    byte[] bytes = new byte[4];
    int i = from;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (i >= to || text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
      int digitsStart = i;
      int value = 0;
      while (i < to && i - digitsStart < 4) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      int digits = i - digitsStart;
      if (digits == 0
          || digits > 3
          || value > 255
          || (digits > 1 && text.charAt(digitsStart) == '0')) {
        return null;
      }
      bytes[part] = (byte) value;
    }
    return i == to ? bytes : null;
  }

  /**
   * Groups of one to four ASCII hex digits separated by colons, eight of them or fewer with one
   * {@code ::}; null otherwise (also for an embedded IPv4 address, left to the general parser).
   */
  private static byte @Nullable [] scanIpv6(String text, int from, int to) {
    byte[] bytes = new byte[16];
    int count = 0;
    int gap = -1;
    int i = from;
    if (to - from >= 2 && text.charAt(i) == ':' && text.charAt(i + 1) == ':') {
      gap = 0;
      i += 2;
    }
    while (i < to) {
      int digitsStart = i;
      int value = 0;
      while (i < to && i - digitsStart < 5) {
        int digit = hexDigit(text.charAt(i));
        if (digit < 0) {
          break;
        }
        value = value * 16 + digit;
        i++;
      }
      int digits = i - digitsStart;
      if (digits == 0 || digits > 4 || count == 8) {
        return null;
      }
      bytes[2 * count] = (byte) (value >>> 8);
      bytes[2 * count + 1] = (byte) value;
      count++;
      if (i == to) {
        break;
      }
      if (text.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < to && text.charAt(i) == ':') {
        if (gap >= 0) {
          return null;
        }
        gap = count;
        i++;
      } else if (i == to) {
        return null;
      }
    }
    if (gap < 0) {
      return count == 8 ? bytes : null;
    }
    if (count > 7) {
      return null;
    }
    int tail = count - gap;
    System.arraycopy(bytes, 2 * gap, bytes, 2 * (8 - tail), 2 * tail);
    Arrays.fill(bytes, 2 * gap, 2 * (8 - tail), (byte) 0);
    return bytes;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** A prefix length as {@link #isPrefixNumber} accepts it, or -1. */
  private static int scanPrefix(String text, int from, int to) {
    int length = to - from;
    if (length < 1 || length > 3 || (length > 1 && text.charAt(from) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** Clears the bits after {@code prefix} in place; whether any was set. */
  private static boolean clearAfterPrefix(byte[] bytes, int prefix) {
    boolean cleared = false;
    for (int i = 0; i < bytes.length; i++) {
      int bitsInByte = Math.max(0, Math.min(8, prefix - 8 * i));
      int maskBits = bitsInByte == 0 ? 0 : (0xff << (8 - bitsInByte)) & 0xff;
      int kept = bytes[i] & maskBits;
      if (kept != (bytes[i] & 0xff)) {
        cleared = true;
        bytes[i] = (byte) kept;
      }
    }
    return cleared;
  }

  /** One to three decimal digits without a leading zero ({@code 0}, {@code 8}, {@code 128}). */
  private static boolean isPrefixNumber(String text) {
    return !text.isEmpty()
        && text.length() <= 3
        && text.chars().allMatch(c -> c >= '0' && c <= '9')
        && (text.length() == 1 || text.charAt(0) != '0');
  }

  private static Cidr checkedRange(IpFamily family, byte[] bytes, int prefix, String original) {
    byte[] network = mask(bytes, prefix);
    if (!Arrays.equals(network, bytes)) {
      throw new IllegalArgumentException(
          "'"
              + original
              + "' has bits set after the /"
              + prefix
              + " prefix; did you mean "
              + format(family, network)
              + "/"
              + prefix
              + " (the network) or "
              + format(family, bytes)
              + "/"
              + family.bits()
              + " (the single address)?");
    }
    return new Cidr(family, bytes.clone(), prefix);
  }

  private static byte[] parseAddress(String text, String original) {
    if (text.indexOf(':') >= 0) {
      return parseIpv6(text, original);
    }
    if (text.indexOf('.') >= 0 && text.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
      return parseIpv4(text, original);
    }
    throw new IllegalArgumentException(
        "'"
            + original
            + "' is not an IPv4 or IPv6 address range; expected CIDR notation such as"
            + " 10.10.0.0/16 or 2001:db8::/32");
  }

  private static byte[] parseIpv4(String text, String original) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw invalidIpv4(original, "it needs exactly four dot-separated numbers");
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      String part = parts[i];
      if (part.isEmpty() || part.length() > 3) {
        throw invalidIpv4(original, "'" + part + "' is not a number 0..255");
      }
      if (part.length() > 1 && part.charAt(0) == '0') {
        throw invalidIpv4(
            original, "'" + part + "' has a leading zero, which some tools read as octal");
      }
      int value = Integer.parseInt(part);
      if (value > 255) {
        throw invalidIpv4(original, "'" + part + "' is not a number 0..255");
      }
      bytes[i] = (byte) value;
    }
    return bytes;
  }

  private static IllegalArgumentException invalidIpv4(String original, String why) {
    return new IllegalArgumentException(
        "'" + original + "' is not a valid IPv4 address range: " + why);
  }

  private static byte[] parseIpv6(String text, String original) {
    if (text.indexOf('%') >= 0) {
      throw invalidIpv6(original, "zone ids such as %eth0 are not allowed");
    }
    if (text.startsWith("[") || text.endsWith("]")) {
      throw invalidIpv6(original, "write the address without brackets");
    }
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      throw invalidIpv6(original, "'::' may appear only once");
    }
    int[] head;
    int[] tail;
    if (doubleColon >= 0) {
      head = parseGroups(text.substring(0, doubleColon), original, false);
      tail = parseGroups(text.substring(doubleColon + 2), original, true);
      if (head.length + tail.length > 7) {
        throw invalidIpv6(original, "'::' must stand for at least one zero group");
      }
    } else {
      head = parseGroups(text, original, true);
      tail = new int[0];
      if (head.length != 8) {
        throw invalidIpv6(original, "it needs eight groups, or '::' for the zero groups");
      }
    }
    int[] groups = new int[8];
    System.arraycopy(head, 0, groups, 0, head.length);
    System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[2 * i] = (byte) (groups[i] >>> 8);
      bytes[2 * i + 1] = (byte) groups[i];
    }
    return bytes;
  }

  /** Parses colon-separated hex groups; the last one may be an embedded IPv4 address. */
  private static int[] parseGroups(String text, String original, boolean ipv4AllowedAtEnd) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int[] groups = new int[parts.length + 1];
    int count = 0;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.indexOf('.') >= 0) {
        if (!ipv4AllowedAtEnd || i != parts.length - 1) {
          throw invalidIpv6(original, "an embedded IPv4 address may only end the address");
        }
        byte[] v4 = parseIpv4(part, original);
        groups[count++] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
        groups[count++] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
        continue;
      }
      if (part.isEmpty() || part.length() > 4) {
        throw invalidIpv6(original, "'" + part + "' is not a group of 1 to 4 hex digits");
      }
      int value = 0;
      for (int c = 0; c < part.length(); c++) {
        int digit = Character.digit(part.charAt(c), 16);
        if (digit < 0) {
          throw invalidIpv6(original, "'" + part + "' is not a group of 1 to 4 hex digits");
        }
        value = value * 16 + digit;
      }
      groups[count++] = value;
    }
    if (count > 8) {
      throw invalidIpv6(original, "it has more than eight groups");
    }
    return Arrays.copyOf(groups, count);
  }

  private static IllegalArgumentException invalidIpv6(String original, String why) {
    return new IllegalArgumentException(
        "'" + original + "' is not a valid IPv6 address range: " + why);
  }

  // ---------------------------------------------------------------------------------------------
  // Bits and formatting

  private static boolean samePrefix(byte[] a, byte[] b, int bits) {
    int fullBytes = bits / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    int rest = bits % 8;
    if (rest == 0) {
      return true;
    }
    int maskBits = (0xff << (8 - rest)) & 0xff;
    return (a[fullBytes] & maskBits) == (b[fullBytes] & maskBits);
  }

  private static byte[] mask(byte[] bytes, int prefix) {
    byte[] out = bytes.clone();
    for (int i = 0; i < out.length; i++) {
      int bitsInByte = Math.max(0, Math.min(8, prefix - 8 * i));
      int maskBits = bitsInByte == 0 ? 0 : (0xff << (8 - bitsInByte)) & 0xff;
      out[i] = (byte) (out[i] & maskBits);
    }
    return out;
  }

  private static String familyName(IpFamily family) {
    return family == IpFamily.IPV4 ? "IPv4" : "IPv6";
  }

  private static String format(IpFamily family, byte[] bytes) {
    if (family == IpFamily.IPV4) {
      return (bytes[0] & 0xff)
          + "."
          + (bytes[1] & 0xff)
          + "."
          + (bytes[2] & 0xff)
          + "."
          + (bytes[3] & 0xff);
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
    }
    // RFC 5952: compress the longest run (first on ties) of two or more zero groups.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
