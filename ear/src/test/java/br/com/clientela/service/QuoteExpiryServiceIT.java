package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.quotes.boundary.QuoteDetails;
import br.com.clientela.quotes.boundary.QuoteExpiry;
import br.com.clientela.quotes.boundary.QuoteHistoryRow;
import br.com.clientela.quotes.boundary.QuoteInput;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.shared.ConflictException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expiry of sent quotes past their validity, in the server on PostgreSQL. A quote cannot be created with a
 * validity in the past, so the expiry is run with a later "today"; and where a test needs a validity that really
 * ended, it moves the date back in the database, as the calendar would.
 */
@ExtendWith(InContainer.class)
class QuoteExpiryServiceIT {

    @EJB
    ClientService clients;

    @EJB
    QuoteService quotes;

    @EJB
    QuoteExpiry expiry;

    @Test
    void sentQuotesPastTheirValidityExpireAsSistemaAndTheOthersStayAsTheyWere() throws Exception {
        Long client = newClient();
        LocalDate today = LocalDate.now();
        Long due = sent(client, today.plusDays(1));
        Long stillValid = sent(client, today.plusDays(5));
        Long draft = PETHOTEL_STAFF.call(() -> quotes.create(input(client, today.plusDays(1)))).id();

        int expired = PETHOTEL_ADMIN.call(() -> expiry.expireDue(today.plusDays(2)));

        assertThat(expired).isGreaterThanOrEqualTo(1);
        QuoteDetails after = PETHOTEL_STAFF.call(() -> quotes.find(due));
        assertThat(after.status()).isEqualTo(QuoteStatus.EXPIRED);
        QuoteHistoryRow last = after.history().get(after.history().size() - 1);
        assertThat(last.from()).isEqualTo(QuoteStatus.SENT);
        assertThat(last.to()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(last.actor()).isEqualTo("sistema");
        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(stillValid)).status()).isEqualTo(QuoteStatus.SENT);
        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(draft)).status()).isEqualTo(QuoteStatus.DRAFT);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.call(() -> quotes.accept(due)));
        assertThat(refused.getMessage()).startsWith("Este orçamento está Vencido e não pode ser aceito.");
        assertThat(PETHOTEL_ADMIN.call(() -> expiry.expireDue(today.plusDays(2)))).isZero();
    }

    @Test
    void anotherCompanysExpiryLeavesTheseQuotesAlone() throws Exception {
        Long client = newClient();
        Long sent = sent(client, LocalDate.now().plusDays(1));

        CLINICA_ADMIN.call(() -> expiry.expireDue(LocalDate.now().plusDays(30)));

        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(sent)).status()).isEqualTo(QuoteStatus.SENT);
    }

    @Test
    void aSentQuoteWhoseValidityEndedCannotBeAcceptedAndTheRealTodayExpiresIt() throws Exception {
        Long client = newClient();
        Long sent = sent(client, LocalDate.now().plusDays(1));
        endValidityYesterday(sent);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.call(() -> quotes.accept(sent)));
        assertThat(refused.getMessage()).contains("venceu em").contains("não pode mais ser aceito");
        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(sent)).status()).isEqualTo(QuoteStatus.SENT);

        PETHOTEL_ADMIN.call(() -> expiry.expireDue(LocalDate.now()));

        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(sent)).status()).isEqualTo(QuoteStatus.EXPIRED);
    }

    @Test
    void staffCannotRunTheExpiryByHand() {
        assertThrows(EJBAccessException.class, () -> PETHOTEL_STAFF.call(() -> expiry.expireDue(LocalDate.now())));
    }

    private Long sent(Long client, LocalDate validUntil) throws Exception {
        Long id = PETHOTEL_STAFF.call(() -> quotes.create(input(client, validUntil))).id();
        PETHOTEL_STAFF.call(() -> quotes.send(id));
        return id;
    }

    private static QuoteInput input(Long client, LocalDate validUntil) {
        return new QuoteInput(client, validUntil, null,
                List.of(LineInput.free("Hospedagem", BigDecimal.ONE, new BigDecimal("100.00"), null)));
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Validade " + uniqueWord(), cpf()))).id();
    }

    /** What the calendar does to a quote: its last valid day becomes yesterday. */
    private static void endValidityYesterday(Long quoteId) throws Exception {
        DataSource database = InitialContext.doLookup("jdbc/clientela");
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update quote set valid_until = ? where id = ?")) {
            update.setObject(1, LocalDate.now().minusDays(1));
            update.setLong(2, quoteId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
