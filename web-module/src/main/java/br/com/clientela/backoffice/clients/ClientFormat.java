package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * How the client pages show what the service stores: CPF and CNPJ with their masks, the normalised phone as
 * people write it, the WhatsApp link, and the history's field names and values in pt-BR. Pure functions for EL
 * ({@code #{clientFormat.document(row.kind(), row.document())}}).
 */
@Named
@ApplicationScoped
public class ClientFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** History fields whose values are enum names, shown through the bundle with this key prefix. */
    private static final Map<String, String> ENUM_FIELDS = Map.of("kind", "client.kind.", "status", "client.status.",
            "preferredPaymentMethod", "payment.method.", "paymentTerm", "payment.term.");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    /** 000.000.000-00 for a person, 00.000.000/0000-00 for an organisation; "" without a document. */
    public String document(ClientKind kind, String document) {
        if (document == null) {
            return "";
        }
        return kind == ClientKind.ORGANIZATION ? Cnpj.format(document) : Cpf.format(document);
    }

    /** 000.000.000-00; "" without a CPF. */
    public String cpf(String cpf) {
        return cpf == null ? "" : Cpf.format(cpf);
    }

    /** "+5511987654321" as "(11) 98765-4321"; anything else as it is ({@link PhoneNumber#format}). */
    public String phone(String normalized) {
        return asTyped(normalized);
    }

    static String asTyped(String normalized) {
        return PhoneNumber.format(normalized);
    }

    /** https://wa.me/5511987654321 for a normalised phone; null without one. */
    public String whatsAppLink(String normalized) {
        return normalized == null || normalized.isBlank() ? null : PhoneNumber.whatsAppLink(normalized);
    }

    /** The same link with a greeting to the client by first name already typed ("Olá, Maria!"). */
    public String whatsAppLink(String normalized, String name) {
        if (normalized == null || normalized.isBlank()) {
            return null;
        }
        String greeting = name == null || name.isBlank() ? "Olá!" : "Olá, " + name.trim().split("\\s+")[0] + "!";
        return PhoneNumber.whatsAppLink(normalized, greeting);
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


    /**
     * Money as Brazilians write it: 1234.5 → "R$ 1.234,50" (a plain space after R$, so it reads and copies the
     * same everywhere); "" without a value.
     */
    public String money(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(PT_BR));
        return (value.signum() < 0 ? "-R$ " : "R$ ") + format.format(value.abs());
    }

    /**
     * The pt-BR name of a field of the history ("name" → "Nome"); a field the bundle does not name yet (added by
     * a later feature) shows as it is stored rather than breaking the History tab.
     */
    public String fieldLabel(String field) {
        // A custom field is recorded under its label, which is already what people read.
        return field == null ? "" : PageMessages.textOr(field, "clientHistory.field." + field);
    }

    /** A value of the history as people read it: enums in pt-BR, dates as dd/MM/yyyy, documents masked. */
    public String historyValue(String field, String value) {
        if (value == null || field == null) {
            return value == null ? "" : value;
        }
        if (ENUM_FIELDS.containsKey(field)) {
            return PageMessages.text(ENUM_FIELDS.get(field) + value);
        }
        if ("defaultFee".equals(field)) {
            return money(new BigDecimal(value));
        }
        if ("selfManaged".equals(field)) {
            return PageMessages.text(Boolean.parseBoolean(value) ? "client.yes" : "client.no");
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
        if ("phone".equals(field) || "otherPhone".equals(field)) {
            return phone(value);
        }
        return value;
    }
}
