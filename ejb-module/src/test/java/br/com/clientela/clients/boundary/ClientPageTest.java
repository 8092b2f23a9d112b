package br.com.clientela.clients.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class ClientPageTest {

    private static final LongUnaryOperator NOT_CALLED = limit -> fail("counted although the page tells the total");

    @Test
    void aShortPageIsTheEndOfTheListSoItTellsTheTotalWithoutCounting() {
        assertThat(ClientPage.of(rows(3), 0, 20, NOT_CALLED)).isEqualTo(new ClientPage(rows(3), 3, true));
        assertThat(ClientPage.of(rows(5), 40, 20, NOT_CALLED)).isEqualTo(new ClientPage(rows(5), 45, true));
        assertThat(ClientPage.of(List.of(), 0, 20, NOT_CALLED)).isEqualTo(new ClientPage(List.of(), 0, true));
    }

    @Test
    void aFullPageCountsFiveHundredRowsFromItsFirstOneAndNoFurther() {
        List<Long> limits = new ArrayList<>();

        ClientPage exact = ClientPage.of(rows(20), 40, 20, limit -> {
            limits.add(limit);
            return 75;
        });
        ClientPage more = ClientPage.of(rows(20), 0, 20, limit -> limit + 1);

        assertThat(limits).containsExactly(40L + 500);
        assertThat(exact).isEqualTo(new ClientPage(rows(20), 75, true));
        assertThat(more).isEqualTo(new ClientPage(rows(20), 500, false));
    }

    @Test
    void bigPagesCountElevenPages() {
        assertThat(ClientPage.countLimit(0, 100)).isEqualTo(1100);
        assertThat(ClientPage.countLimit(0, 1)).isEqualTo(500);
        assertThat(ClientPage.countLimit(Integer.MAX_VALUE - 10, 20)).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void anEmptyPageAfterTheEndIsCountedToo() {
        assertThat(ClientPage.of(List.of(), 100, 20, limit -> 42)).isEqualTo(new ClientPage(List.of(), 42, true));
    }

    private static List<ClientRow> rows(int count) {
        List<ClientRow> rows = new ArrayList<>();
        for (long id = 1; id <= count; id++) {
            rows.add(new ClientRow(id, ClientKind.PERSON, "Cliente " + id, null, null, null, ClientStatus.ACTIVE,
                    null, null, null, null));
        }
        return rows;
    }
}
