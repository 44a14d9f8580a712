package dev.seawall.networking.firewall;

import java.util.Locale;
import java.util.Objects;

/**
 * The TCP or UDP ports a Cloud Firewall rule admits: a single port, an inclusive range, or all
 * ports. Immutable; equality is normalised, so {@code "all"}, {@code "0"} and {@code "1-65535"} are
 * the same value ({@link #ALL}), and {@code "80-80"} equals {@code "80"}.
 *
 * <p>On the wire, all ports are written as {@code "1-65535"}: the API reports all ports as {@code
 * "0"} but answers {@code 422 "You must specify a positive value for ports"} when {@code "0"} or
 * {@code "all"} is sent. ICMP rules carry no ports at all (see {@link InboundRule#icmp}).
 */
public final class PortRange implements Comparable<PortRange> {

  /** The lowest port, 1. */
  public static final int MIN_PORT = 1;

  /** The highest port, 65535. */
  public static final int MAX_PORT = 65535;

  /** Every port, 1-65535. */
  public static final PortRange ALL = new PortRange(MIN_PORT, MAX_PORT);

  private final int from;
  private final int to;

  private PortRange(int from, int to) {
    this.from = from;
    this.to = to;
  }

  /**
   * A single port.
   *
   * @param port 1..65535
   * @throws IllegalArgumentException if the port is out of range
   */
  public static PortRange of(int port) {
    return of(port, port);
  }

  /**
   * An inclusive range of ports; {@code of(1, 65535)} is {@link #ALL}.
   *
   * @param from first port, 1..65535
   * @param to last port, {@code from}..65535
   * @throws IllegalArgumentException if a port is out of range or {@code from > to}
   */
  public static PortRange of(int from, int to) {
    if (from < MIN_PORT || from > MAX_PORT || to < MIN_PORT || to > MAX_PORT) {
      String original = from + "-" + to;
      checkPort(from, original);
      checkPort(to, original);
    }
    if (from > to) {
      throw new IllegalArgumentException(
          "port range " + from + "-" + to + " is reversed; did you mean " + to + "-" + from + "?");
    }
    if (from == MIN_PORT && to == MAX_PORT) {
      return ALL;
    }
    return new PortRange(from, to);
  }

  /**
   * Parses the ports of a firewall rule as written by people or returned by the API.
   *
   * <ul>
   *   <li>{@code "all"} (any case), {@code "0"} and {@code "1-65535"}: all ports
   *   <li>{@code "443"}: one port
   *   <li>{@code "8000-9000"}: an inclusive range
   * </ul>
   *
   * Surrounding white space is ignored.
   *
   * @throws IllegalArgumentException if the text is none of these or a port is outside 1..65535
   */
  public static PortRange parse(String text) {
    Objects.requireNonNull(text, "text");
    String trimmed = text.strip();
    if (trimmed.equals("0") || trimmed.toLowerCase(Locale.ROOT).equals("all")) {
      return ALL;
    }
    int dash = trimmed.indexOf('-');
    if (dash < 0) {
      return of(parsePort(trimmed, trimmed));
    }
    return of(
        parsePort(trimmed.substring(0, dash).strip(), trimmed),
        parsePort(trimmed.substring(dash + 1).strip(), trimmed));
  }

  /** The first port of the range, 1..65535. */
  public int from() {
    return from;
  }

  /** The last port of the range, {@link #from()}..65535. */
  public int to() {
    return to;
  }

  /** Whether this is every port, 1-65535. */
  public boolean isAll() {
    return from == MIN_PORT && to == MAX_PORT;
  }

  /** Whether the range is one port. */
  public boolean isSinglePort() {
    return from == to;
  }

  /** Whether {@code port} is in the range. */
  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  /** Whether every port of {@code other} is in this range. */
  public boolean contains(PortRange other) {
    return other.from >= from && other.to <= to;
  }

  /** Whether the two ranges share at least one port. */
  public boolean overlaps(PortRange other) {
    return other.from <= to && other.to >= from;
  }

  /**
   * The value sent to the API in a rule's {@code ports} field: {@code "443"}, {@code "8000-9000"},
   * or {@code "1-65535"} for all ports.
   */
  public String wireValue() {
    return from == to ? Integer.toString(from) : from + "-" + to;
  }

  /** Orders by first port, then by last port. */
  @Override
  public int compareTo(PortRange other) {
    int byFrom = Integer.compare(from, other.from);
    return byFrom != 0 ? byFrom : Integer.compare(to, other.to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortRange other && from == other.from && to == other.to;
  }

  @Override
  public int hashCode() {
    return from * 65537 + to;
  }

  /**
   * Readable text: {@code "all"}, {@code "443"} or {@code "8000-9000"}; {@link #parse} reads it.
   */
  @Override
  public String toString() {
    return isAll() ? "all" : wireValue();
  }

  private static int parsePort(String part, String original) {
    if (part.isEmpty() || part.length() > 5 || !digitsOnly(part)) {
      throw new IllegalArgumentException(
          "'"
              + original
              + "' is not a port specification; expected a port such as 443, a range such as"
              + " 8000-9000, or all");
    }
    int port = Integer.parseInt(part);
    checkPort(port, original);
    return port;
  }

  private static boolean digitsOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void checkPort(int port, String original) {
    if (port < MIN_PORT || port > MAX_PORT) {
      throw new IllegalArgumentException(
          "port "
              + port
              + " in '"
              + original
              + "' is outside 1..65535"
              + (port == 0 ? "; to admit every port use PortRange.ALL (\"all\")" : ""));
    }
  }
}
