package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.quotes.boundary.QuoteFilter;
import br.com.clientela.quotes.boundary.QuoteInput;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quotes follow their client: none for a client in the trash, and a merge hands the loser's to the winner. */
@ExtendWith(InContainer.class)
class QuoteClientServiceIT {

    @EJB
    ClientService clients;

    @EJB
    ClientMergeService merges;

    @EJB
    QuoteService quotes;

    @Test
    void aClientInTheTrashGetsNoNewQuote() throws Exception {
        Long client = newClient();
        PETHOTEL_STAFF.run(() -> clients.trash(client));

        NotFoundException refused = assertThrows(NotFoundException.class,
                () -> PETHOTEL_STAFF.call(() -> quotes.create(input(client))));

        assertThat(refused.getMessage()).isEqualTo("Cliente não encontrado.");
        assertThat(PETHOTEL_STAFF.call(() -> quotes.count(QuoteFilter.ofClient(client)))).isZero();
    }

    @Test
    void aMergeMovesTheLosersQuotesToTheWinner() throws Exception {
        Long winner = newClient();
        Long loser = newClient();
        Long quote = PETHOTEL_STAFF.call(() -> quotes.create(input(loser))).id();

        PETHOTEL_ADMIN.call(() -> merges.merge(new MergeRequest(winner, loser, Map.of())));

        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(quote)).clientId()).isEqualTo(winner);
        assertThat(PETHOTEL_STAFF.call(() -> quotes.count(QuoteFilter.ofClient(winner)))).isEqualTo(1);
    }

    private static QuoteInput input(Long client) {
        return new QuoteInput(client, LocalDate.now().plusDays(3), null,
                List.of(LineInput.free("Consulta", BigDecimal.ONE, new BigDecimal("90.00"), null)));
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Cliente " + uniqueWord(), cpf()))).id();
    }
}
