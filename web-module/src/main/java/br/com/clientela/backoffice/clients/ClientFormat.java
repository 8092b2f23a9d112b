package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * How the client pages show what the service stores: CPF and CNPJ with their masks, the normalised phone as
 * people write it, the WhatsApp link, and the history's field names and values in pt-BR. Pure functions for EL
 * ({@code #{clientFormat.document(row.kind(), row.document())}}).
 */
@Named
@ApplicationScoped
public class ClientFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** History fields whose values are enum names, shown through the bundle. */
    private static final Set<String> ENUM_FIELDS = Set.of("kind", "status");

    /** 000.000.000-00 for a person, 00.000.000/0000-00 for an organisation; "" without a document. */
    public String document(ClientKind kind, String document) {
        if (document == null) {
            return "";
        }
        return kind == ClientKind.ORGANIZATION ? Cnpj.format(document) : Cpf.format(document);
    }

    /** "+5511987654321" as "(11) 98765-4321"; anything else as it is. */
    public String phone(String normalized) {
        return asTyped(normalized);
    }

    static String asTyped(String normalized) {
        if (normalized == null || !normalized.startsWith("+55")) {
            return normalized == null ? "" : normalized;
        }
        String local = normalized.substring(3);
        if (local.length() != 10 && local.length() != 11) {
            return normalized;
        }
        String number = local.substring(2);
        int split = number.length() - 4;
        return "(" + local.substring(0, 2) + ") " + number.substring(0, split) + "-" + number.substring(split);
    }

    /** https://wa.me/5511987654321 for a normalised phone; null without one. */
    public String whatsAppLink(String normalized) {
        return normalized == null || normalized.isBlank() ? null : PhoneNumber.whatsAppLink(normalized);
    }

    /** "Março" for 3: the months of the birthday filter. */
    public String monthName(Integer month) {
        if (month == null) {
            return "";
        }
        String name = java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                java.util.Locale.forLanguageTag("pt-BR"));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The pt-BR name of a field of the history ("name" → "Nome"). */
    public String fieldLabel(String field) {
        return field == null ? "" : PageMessages.text("clientHistory.field." + field);
    }

    /** A value of the history as people read it: enums in pt-BR, dates as dd/MM/yyyy, documents masked. */
    public String historyValue(String field, String value) {
        if (value == null || field == null) {
            return value == null ? "" : value;
        }
        if (ENUM_FIELDS.contains(field)) {
            return PageMessages.text("client." + field + "." + value);
        }
        if ("birthDate".equals(field)) {
            try {
                return LocalDate.parse(value).format(DATE);
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        if ("document".equals(field)) {
            return value.length() == 14 ? Cnpj.format(value) : Cpf.format(value);
        }
        if ("phone".equals(field)) {
            return phone(value);
        }
        return value;
    }
}
