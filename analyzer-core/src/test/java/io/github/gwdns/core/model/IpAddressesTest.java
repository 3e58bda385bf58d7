package io.github.gwdns.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpAddressesTest {
  @ParameterizedTest(name = "{0}: v4={1} v6={2}")
  @CsvSource({
    "1.2.3.4,true,false", "255.255.255.255,true,false", "256.1.1.1,false,false",
        "01.2.3.4,false,false",
    "1.2.3,false,false", "::1,false,true", "2001:db8::,false,true",
        "2001:db8:0:0:0:0:0:1,false,true",
    "::ffff:1.2.3.4,false,true", "fe80::1%eth0,false,true", "1::2::3,false,false",
        "2001:db8:::1,false,false",
    "12345::1,false,false", "example.com,false,false", "'',false,false"
  })
  void followsGoNetip(String text, boolean v4, boolean v6) {
    assertThat(IpAddresses.isIpv4(text)).isEqualTo(v4);
    assertThat(IpAddresses.isIpv6(text)).isEqualTo(v6);
  }
}
