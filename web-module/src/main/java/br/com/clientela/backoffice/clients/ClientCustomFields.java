package br.com.clientela.backoffice.clients;

import br.com.clientela.customfields.boundary.CustomFieldRow;
import br.com.clientela.customfields.boundary.CustomFieldService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client's custom field values as the profile shows them (WEB-INF/includes/clients/custom-fields-view.xhtml):
 * every active field by its label, dates as dd/MM/yyyy and numbers with a decimal comma, "—" when empty.
 */
@Named
@RequestScoped
public class ClientCustomFields {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    CustomFieldService customFields;

    private List<CustomFieldRow> fields;

    /** One line of the profile: a field's label and its value as shown. */
    public record Shown(String key, String label, String value) {
    }

    public List<Shown> of(Map<String, String> values) {
        if (fields == null) {
            fields = customFields.active();
        }
        return fields.stream().map(f -> new Shown(f.key(), f.label(), shown(f, values == null ? null : values.get(f.key()))))
                .toList();
    }

    static String shown(CustomFieldRow field, String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        try {
            return switch (field.type()) {
                case DATE -> LocalDate.parse(value).format(DATE);
                case NUMBER -> {
                    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("pt-BR"));
                    format.setMaximumFractionDigits(6);
                    yield format.format(new BigDecimal(value));
                }
                default -> value;
            };
        } catch (RuntimeException unreadable) {
            return value;
        }
    }
}
