package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.quotes.boundary.QuoteDetails;
import br.com.clientela.quotes.boundary.QuoteForConversion;
import br.com.clientela.quotes.boundary.QuoteInput;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteTarget;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two calls the invoice and order features make to convert a quote: only an accepted quote is handed over
 * (with copies of its lines), and marking it converted keeps the link and records the step; once only.
 */
@ExtendWith(InContainer.class)
class QuoteConversionServiceIT {

    @EJB
    ClientService clients;

    @EJB
    QuoteService quotes;

    @Test
    void anAcceptedQuoteIsHandedOverWithItsLinesAndMarkedConvertedOnce() throws Exception {
        Long client = newClient();
        Long id = quote(client);
        PETHOTEL_STAFF.call(() -> quotes.send(id));
        PETHOTEL_STAFF.call(() -> quotes.accept(id));

        QuoteForConversion taken = PETHOTEL_STAFF.call(() -> quotes.takeForConversion(id));
        PETHOTEL_STAFF.run(() -> quotes.markConverted(id, QuoteTarget.INVOICE, 4242L, "17"));

        assertThat(taken.quoteId()).isEqualTo(id);
        assertThat(taken.clientId()).isEqualTo(client);
        assertThat(taken.lines()).extracting(SaleLine::getDescription).containsExactly("Banho", "Tosa");
        assertThat(taken.lines()).extracting(SaleLine::getTotal).map(BigDecimal::toPlainString)
                .containsExactly("45.00", "60.00");
        QuoteDetails converted = PETHOTEL_STAFF.call(() -> quotes.find(id));
        assertThat(converted.status()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(converted.convertedTo()).isEqualTo(QuoteTarget.INVOICE);
        assertThat(converted.convertedId()).isEqualTo(4242L);
        assertThat(converted.convertedNumber()).isEqualTo("17");
        assertThat(converted.history().get(converted.history().size() - 1).reason())
                .isEqualTo("Convertido em fatura nº 17.");
        ConflictException again = assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.call(() -> quotes.takeForConversion(id)));
        assertThat(again.getMessage()).isEqualTo("Este orçamento já foi convertido em fatura nº 17.");
    }

    @Test
    void onlyAnAcceptedQuoteOfTheCallersCompanyCanBeConverted() throws Exception {
        Long id = quote(newClient());

        ConflictException draft = assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.call(() -> quotes.takeForConversion(id)));
        assertThat(draft.getMessage()).startsWith("Este orçamento está Rascunho e não pode ser convertido.");
        PETHOTEL_STAFF.call(() -> quotes.send(id));
        assertThrows(ConflictException.class,
                () -> PETHOTEL_STAFF.run(() -> quotes.markConverted(id, QuoteTarget.ORDER, 1L, "1")));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> quotes.takeForConversion(id)));
        assertThat(PETHOTEL_STAFF.call(() -> quotes.find(id)).status()).isEqualTo(QuoteStatus.SENT);
    }

    private Long quote(Long client) throws Exception {
        QuoteInput input = new QuoteInput(client, LocalDate.now().plusDays(10), null, List.of(
                LineInput.free("Banho", new BigDecimal("1"), new BigDecimal("50.00"), new BigDecimal("5.00")),
                LineInput.free("Tosa", new BigDecimal("2"), new BigDecimal("30.00"), null)));
        return PETHOTEL_STAFF.call(() -> quotes.create(input)).id();
    }

    private Long newClient() throws Exception {
        return PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Conversão " + uniqueWord(), cpf()))).id();
    }
}
