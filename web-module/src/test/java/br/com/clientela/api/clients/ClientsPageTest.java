package br.com.clientela.api.clients;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.clients.boundary.ClientService;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientsPageTest {

    @Test
    void aCountUpToTheLimitIsTheExactTotal() {
        assertThat(ClientsPage.of(List.of(), 0)).isEqualTo(new ClientsPage(List.of(), 0, true));
        assertThat(ClientsPage.of(List.of(), ClientService.COUNT_LIMIT))
                .isEqualTo(new ClientsPage(List.of(), ClientService.COUNT_LIMIT, true));
    }

    @Test
    void moreThanTheLimitIsSaidAsTheLimitAndNotExact() {
        assertThat(ClientsPage.of(List.of(), ClientService.COUNT_LIMIT + 1))
                .isEqualTo(new ClientsPage(List.of(), ClientService.COUNT_LIMIT, false));
    }
}
