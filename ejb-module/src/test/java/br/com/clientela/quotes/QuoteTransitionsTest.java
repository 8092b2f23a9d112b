package br.com.clientela.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.quotes.control.QuoteTransitions;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.shared.ConflictException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of states: the four allowed moves pass, the other 32 are refused naming the current state. */
class QuoteTransitionsTest {

    private static final Map<QuoteStatus, Set<QuoteStatus>> ALLOWED = Map.of(
            QuoteStatus.DRAFT, EnumSet.of(QuoteStatus.SENT),
            QuoteStatus.SENT, EnumSet.of(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED),
            QuoteStatus.ACCEPTED, EnumSet.of(QuoteStatus.CONVERTED),
            QuoteStatus.REJECTED, EnumSet.noneOf(QuoteStatus.class),
            QuoteStatus.EXPIRED, EnumSet.noneOf(QuoteStatus.class),
            QuoteStatus.CONVERTED, EnumSet.noneOf(QuoteStatus.class));

    @ParameterizedTest
    @EnumSource(QuoteStatus.class)
    void exactlyTheMovesOfTheTableAreAllowedFrom(QuoteStatus from) {
        for (QuoteStatus to : QuoteStatus.values()) {
            boolean allowed = ALLOWED.get(from).contains(to);
            assertThat(QuoteTransitions.allows(from, to)).as(from + " → " + to).isEqualTo(allowed);
            if (allowed) {
                QuoteTransitions.check(from, to);
            } else {
                ConflictException refused = assertThrows(ConflictException.class, () -> QuoteTransitions.check(from, to),
                        from + " → " + to);
                assertThat(refused.getMessage()).as(from + " → " + to)
                        .startsWith("Este orçamento está " + from.label() + " e não pode ser ");
                assertThat(refused.getField()).isEqualTo("status");
            }
        }
        assertThat(QuoteTransitions.next(from)).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
    }

    @Test
    void acceptingADraftSaysToSendItFirst() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> QuoteTransitions.check(QuoteStatus.DRAFT, QuoteStatus.ACCEPTED));

        assertThat(refused.getMessage()).isEqualTo("Este orçamento está Rascunho e não pode ser aceito. Envie-o primeiro.");
    }

    @Test
    void convertingASentQuoteSaysToRecordTheAcceptanceFirst() {
        ConflictException refused = assertThrows(ConflictException.class,
                () -> QuoteTransitions.check(QuoteStatus.SENT, QuoteStatus.CONVERTED));

        assertThat(refused.getMessage()).isEqualTo("Este orçamento está Enviado e não pode ser convertido. "
                + "Registre o aceite do cliente primeiro.");
    }

    @ParameterizedTest
    @EnumSource(QuoteStatus.class)
    void onlyADraftCanBeEditedOrDeleted(QuoteStatus status) {
        if (status == QuoteStatus.DRAFT) {
            QuoteTransitions.checkEditable(status);
            QuoteTransitions.checkDeletable(status);
            assertThat(QuoteTransitions.editable(status)).isTrue();
        } else {
            assertThat(QuoteTransitions.editable(status)).isFalse();
            assertThat(assertThrows(ConflictException.class, () -> QuoteTransitions.checkEditable(status))
                    .getMessage()).startsWith("Este orçamento está " + status.label() + " e não pode ser alterado");
            assertThat(assertThrows(ConflictException.class, () -> QuoteTransitions.checkDeletable(status))
                    .getMessage()).startsWith("Este orçamento está " + status.label() + " e não pode ser excluído");
        }
    }
}
