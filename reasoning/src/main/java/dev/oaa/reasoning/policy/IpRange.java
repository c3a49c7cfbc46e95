package dev.oaa.reasoning.policy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 CIDR range, or a single address (a full-length prefix). The network address is
 * masked, so {@code 10.0.0.7/24} and {@code 10.0.0.0/24} are the same range.
 *
 * @param bits 32 for IPv4, 128 for IPv6
 * @param network the masked network address as an unsigned integer
 * @param prefixLength the number of leading bits that are fixed
 */
public record IpRange(int bits, BigInteger network, int prefixLength) {
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

  public IpRange {
    if (bits != 32 && bits != 128) {
      throw new IllegalArgumentException("An IP range has 32 or 128 bits, not " + bits);
    }
    if (prefixLength < 0 || prefixLength > bits) {
      throw new IllegalArgumentException("Invalid prefix length /" + prefixLength);
    }
    Objects.requireNonNull(network, "network");
    network = network.and(mask(bits, prefixLength));
  }

  /**
   * Parses {@code a.b.c.d[/n]} or an IPv6 address with an optional {@code /n}.
   *
   * @throws IllegalArgumentException naming the text when it is not an IP address or range
   */
  public static IpRange parse(String text) {
    int slash = text.indexOf('/');
    String address = slash < 0 ? text : text.substring(0, slash);
    boolean v4 = IPV4.matcher(address).matches();
    if (!v4 && !(address.contains(":") && IPV6.matcher(address).matches())) {
      throw invalid(text);
    }
    byte[] raw;
    try {
      // Literal addresses only (checked above), so this never resolves a host name.
      raw = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      throw invalid(text);
    }
    int bits = v4 ? 32 : 128;
    if (raw.length * 8 != bits) {
      throw invalid(text);
    }
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw invalid(text);
      }
      if (prefix < 0 || prefix > bits) {
        throw invalid(text);
      }
    }
    return new IpRange(bits, new BigInteger(1, raw), prefix);
  }

  /** Whether every address of {@code other} lies in this range (same IP version only). */
  public boolean contains(IpRange other) {
    return other.bits == bits
        && other.prefixLength >= prefixLength
        && other.network.and(mask(bits, prefixLength)).equals(network);
  }

  /** Whether this is IPv6. */
  public boolean isIpv6() {
    return bits == 128;
  }

  @Override
  public String toString() {
    try {
      byte[] raw = network.toByteArray();
      byte[] fixed = new byte[bits / 8];
      int copy = Math.min(raw.length, fixed.length);
      System.arraycopy(raw, raw.length - copy, fixed, fixed.length - copy, copy);
      String address = InetAddress.getByAddress(fixed).getHostAddress();
      return address + "/" + prefixLength;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BigInteger mask(int bits, int prefixLength) {
    BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return all.shiftRight(bits - prefixLength).shiftLeft(bits - prefixLength);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "Invalid IP address or CIDR range `" + text + "`: expected a.b.c.d[/n] or an IPv6 address");
  }
}
