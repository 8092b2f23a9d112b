package br.com.clientela.quotes.control;

import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.shared.ConflictException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of which state of a quote may follow which: DRAFT → SENT; SENT → ACCEPTED, REJECTED or EXPIRED;
 * ACCEPTED → CONVERTED. Anything else is refused (409) with a pt-BR message that names the current state and, where
 * there is one, the way forward ("Este orçamento está Rascunho e não pode ser aceito. Envie-o primeiro."). Only a
 * draft may be edited or deleted.
 */
public final class QuoteTransitions {

    private static final Map<QuoteStatus, Set<QuoteStatus>> ALLOWED = new EnumMap<>(QuoteStatus.class);

    static {
        for (QuoteStatus status : QuoteStatus.values()) {
            ALLOWED.put(status, EnumSet.noneOf(QuoteStatus.class));
        }
        ALLOWED.get(QuoteStatus.DRAFT).add(QuoteStatus.SENT);
        ALLOWED.get(QuoteStatus.SENT).addAll(List.of(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED));
        ALLOWED.get(QuoteStatus.ACCEPTED).add(QuoteStatus.CONVERTED);
    }

    private QuoteTransitions() {
    }

    public static boolean allows(QuoteStatus from, QuoteStatus to) {
        return from != null && to != null && ALLOWED.get(from).contains(to);
    }

    /** The states that may follow {@code from}, in declaration order. */
    public static List<QuoteStatus> next(QuoteStatus from) {
        return List.copyOf(ALLOWED.get(from));
    }

    public static boolean editable(QuoteStatus status) {
        return status == QuoteStatus.DRAFT;
    }

    /** Refuses (409, field "status") a move the table does not allow. */
    public static void check(QuoteStatus from, QuoteStatus to) {
        if (!allows(from, to)) {
            throw new ConflictException("status", refusal(from, to));
        }
    }

    /** Refuses (409, field "status") editing anything but a draft. */
    public static void checkEditable(QuoteStatus status) {
        if (!editable(status)) {
            throw new ConflictException("status", "Este orçamento está " + status.label()
                    + " e não pode ser alterado: só um rascunho pode ser alterado." + forward(status));
        }
    }

    /** Refuses (409, field "status") deleting anything but a draft. */
    public static void checkDeletable(QuoteStatus status) {
        if (!editable(status)) {
            throw new ConflictException("status", "Este orçamento está " + status.label()
                    + " e não pode ser excluído: só um rascunho pode ser excluído.");
        }
    }

    static String refusal(QuoteStatus from, QuoteStatus to) {
        String base = "Este orçamento está " + from.label() + " e não pode ser " + verb(to) + ".";
        String hint = hint(from, to);
        return hint.isEmpty() ? base : base + " " + hint;
    }

    private static String verb(QuoteStatus to) {
        return switch (to) {
            case DRAFT -> "voltado a rascunho";
            case SENT -> "enviado";
            case ACCEPTED -> "aceito";
            case REJECTED -> "recusado";
            case EXPIRED -> "marcado como vencido";
            case CONVERTED -> "convertido";
        };
    }

    private static String hint(QuoteStatus from, QuoteStatus to) {
        return switch (from) {
            case DRAFT -> to == QuoteStatus.CONVERTED ? "Envie-o e registre o aceite do cliente primeiro."
                    : "Envie-o primeiro.";
            case SENT -> to == QuoteStatus.CONVERTED ? "Registre o aceite do cliente primeiro."
                    : to == QuoteStatus.SENT ? "Ele já foi enviado." : "";
            case ACCEPTED -> "Ele já foi aceito pelo cliente.";
            case REJECTED -> "Ele foi recusado pelo cliente; crie um novo orçamento.";
            case EXPIRED -> "A validade dele acabou; crie um novo orçamento.";
            case CONVERTED -> "Ele já foi convertido.";
        };
    }

    private static String forward(QuoteStatus status) {
        return status == QuoteStatus.REJECTED || status == QuoteStatus.EXPIRED ? " Crie um novo orçamento." : "";
    }
}
