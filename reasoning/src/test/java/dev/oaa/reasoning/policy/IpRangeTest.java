package dev.oaa.reasoning.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IpRangeTest {

  @Test
  void masksTheNetworkAndPrintsCanonically() {
    assertThat(IpRange.parse("10.0.0.7/24")).isEqualTo(IpRange.parse("10.0.0.0/24"));
    assertThat(IpRange.parse("10.0.0.7/24").toString()).isEqualTo("10.0.0.0/24");
    assertThat(IpRange.parse("203.0.113.9").toString()).isEqualTo("203.0.113.9/32");
    assertThat(IpRange.parse("2001:DB8::1/32").toString()).isEqualTo("2001:db8:0:0:0:0:0:0/32");
  }

  @Test
  void containsAddressesOfTheSameFamilyOnly() {
    IpRange net = IpRange.parse("192.0.2.0/24");
    assertThat(net.contains(IpRange.parse("192.0.2.255"))).isTrue();
    assertThat(net.contains(IpRange.parse("192.0.3.0"))).isFalse();
    assertThat(net.contains(IpRange.parse("192.0.2.0/23"))).isFalse();
    assertThat(IpRange.parse("0.0.0.0/0").contains(IpRange.parse("2001:db8::1"))).isFalse();
    assertThat(IpRange.parse("2001:db8::/32").contains(IpRange.parse("2001:db8:ffff::1"))).isTrue();
    assertThat(IpRange.parse("2001:db8::/32").contains(IpRange.parse("2001:db9::1"))).isFalse();
  }

  @Test
  void rejectsWhatIsNotAnAddress() {
    for (String bad :
        new String[] {"10.0.0.0/33", "example.com", "10.0.0", "::1/129", "1.2.3.4/x"}) {
      assertThatThrownBy(() -> IpRange.parse(bad))
          .hasMessage(
              "Invalid IP address or CIDR range `"
                  + bad
                  + "`: expected a.b.c.d[/n] or an IPv6 address");
    }
  }
}
