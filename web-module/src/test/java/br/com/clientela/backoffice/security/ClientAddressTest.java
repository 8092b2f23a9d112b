package br.com.clientela.backoffice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<String> PROXY = List.of("10.0.0.5");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", List.of())).isEqualTo("203.0.113.7");
    }

    @Test
    void aClientCannotPickItsAddressByHeader() {
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", PROXY)).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        // The client itself wrote "1.2.3.4"; the proxy appended the address it saw.
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.9", PROXY)).isEqualTo("198.51.100.9");
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.9, 10.0.0.5", PROXY)).isEqualTo("198.51.100.9");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsTheAddress() {
        assertThat(ClientAddress.of("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }
}
