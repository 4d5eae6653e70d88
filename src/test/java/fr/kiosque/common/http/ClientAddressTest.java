package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void anIpv4AddressIsItself() {
        assertThat(ClientAddress.network("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64() {
        assertThat(ClientAddress.network("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.network("[2001:db8:1:2::ffff]")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anythingElseIsKeptAsItIsWithoutANameLookup() {
        assertThat(ClientAddress.network("proxy.example.org")).isEqualTo("proxy.example.org");
        assertThat(ClientAddress.network("pas:une:adresse")).isEqualTo("pas:une:adresse");
        assertThat(ClientAddress.network("unknown")).isEqualTo("unknown");
    }
}
