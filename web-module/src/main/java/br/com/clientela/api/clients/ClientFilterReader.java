package br.com.clientela.api.clients;

import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientSort;
import br.com.clientela.clients.entity.LifecycleStage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads a client filter from named text values — the query parameters of the list and the export, or the
 * {@code filter} object of a bulk action — and refuses every unreadable one at once (422, one entry each).
 */
final class ClientFilterReader {

    private final Function<String, String> values;
    private final String prefix;
    private final List<Problem.FieldError> errors = new ArrayList<>();

    private ClientFilterReader(Function<String, String> values, String prefix) {
        this.values = values;
        this.prefix = prefix;
    }

    /** The filter named by {@code values} ("stage" → its text or null); {@code prefix} names fields in errors. */
    static ClientFilter read(Function<String, String> values, String prefix) {
        ClientFilterReader reader = new ClientFilterReader(values, prefix);
        ClientFilter filter = reader.filter();
        reader.refuseIfInvalid();
        return filter;
    }

    /** ?sort=name (ascending) or ?sort=-updatedAt (descending); empty: by name. */
    static ClientSort sort(String text) {
        if (text == null || text.isBlank()) {
            return ClientSort.BY_NAME;
        }
        String trimmed = text.trim();
        boolean descending = trimmed.startsWith("-");
        String name = descending ? trimmed.substring(1) : trimmed;
        for (ClientSort.Field field : ClientSort.Field.values()) {
            if (camel(field).equals(name)) {
                return new ClientSort(field, descending);
            }
        }
        throw new InvalidParametersException(List.of(new Problem.FieldError("sort", "Ordenação desconhecida: use"
                + " name, document, phone, email, groups, stage, defaultFee, createdAt ou updatedAt, com - antes para decrescente.")));
    }

    private static String camel(ClientSort.Field field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }

    private ClientFilter filter() {
        LocalDate createdFrom = date("createdFrom");
        LocalDate createdTo = date("createdTo");
        LocalDate updatedFrom = date("updatedFrom");
        LocalDate updatedTo = date("updatedTo");
        checkRange(createdFrom, createdTo, "createdTo");
        checkRange(updatedFrom, updatedTo, "updatedTo");
        return new ClientFilter(text("q"), stage(), id("group"), active(), text("origin"), createdFrom, createdTo,
                updatedFrom, updatedTo, month(), id("center"), id("owner"));
    }

    private String text(String name) {
        String value = values.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private LifecycleStage stage() {
        String value = text("stage");
        if (value == null) {
            return null;
        }
        try {
            return LifecycleStage.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return refuse("stage", "Estágio desconhecido: use CUSTOMER, LEAD, CONTACT ou INACTIVE.");
        }
    }

    private Boolean active() {
        String value = text("active");
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> refuse("active", "Use active=true ou active=false.");
        };
    }

    private Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            long id = Long.parseLong(value);
            return id > 0 ? id : refuse(name, "Informe o número (id) do registro.");
        } catch (NumberFormatException notANumber) {
            return refuse(name, "Informe o número (id) do registro.");
        }
    }

    private Integer month() {
        String value = text("birthMonth");
        if (value == null) {
            return null;
        }
        try {
            int month = Integer.parseInt(value);
            return month >= 1 && month <= 12 ? month : refuse("birthMonth", "O mês de aniversário vai de 1 a 12.");
        } catch (NumberFormatException notANumber) {
            return refuse("birthMonth", "O mês de aniversário vai de 1 a 12.");
        }
    }

    private LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return refuse(name, "Data inválida: use o formato AAAA-MM-DD, como 2026-03-15.");
        }
    }

    private void checkRange(LocalDate from, LocalDate to, String toName) {
        if (from != null && to != null && to.isBefore(from)) {
            refuse(toName, "A data final não pode ser anterior à inicial.");
        }
    }

    private <T> T refuse(String name, String message) {
        errors.add(new Problem.FieldError(prefix + name, message));
        return null;
    }

    private void refuseIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }
}
