package br.com.clientela.backoffice.clients;

import br.com.clientela.customfields.boundary.CustomFieldRow;
import br.com.clientela.customfields.boundary.CustomFieldService;
import br.com.clientela.customfields.entity.CustomFieldType;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The custom fields part of the client form (WEB-INF/includes/clients/custom-fields-edit.xhtml): one typed
 * input per active field. The fields are read when the bean is made, which is while the view is being built,
 * because the include creates one input per field with c:forEach (so each input has the id
 * {@code customFields_<key>} that the service's refusal {@code customFields.<key>} is shown next to).
 */
@Named
@ViewScoped
public class CustomFieldsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomFieldService customFields;

    private final List<Entry> entries = new ArrayList<>();

    @PostConstruct
    void readFields() {
        customFields.active().stream().map(Entry::new).forEach(entries::add);
    }

    /** Shows a client's stored values (text keyed by field key). */
    public void fill(Map<String, String> values) {
        entries.forEach(entry -> entry.fill(values == null ? null : values.get(entry.getKey())));
    }

    /** What was typed, as text keyed by field key, for the service to check. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        entries.forEach(entry -> {
            String text = entry.text();
            if (text != null && !text.isBlank()) {
                values.put(entry.getKey(), text);
            }
        });
        return values;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    /** One field's input: the property bound depends on the type, so each input gets a value of its own kind. */
    public static class Entry implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String label;
        private final CustomFieldType type;
        private final ArrayList<String> options;
        private final boolean required;
        private String text;
        private BigDecimal number;
        private LocalDate date;

        Entry(CustomFieldRow field) {
            key = field.key();
            label = field.label();
            type = field.type();
            options = new ArrayList<>(field.options());
            required = field.required();
        }

        void fill(String stored) {
            text = null;
            number = null;
            date = null;
            if (stored == null) {
                return;
            }
            try {
                switch (type) {
                    case NUMBER -> number = new BigDecimal(stored);
                    case DATE -> date = LocalDate.parse(stored);
                    default -> text = stored;
                }
            } catch (NumberFormatException | DateTimeParseException unreadable) {
                // A value stored before the field's type changed: show it as text so nothing is lost silently.
                text = stored;
            }
        }

        String text() {
            return switch (type) {
                case NUMBER -> number == null ? text : number.stripTrailingZeros().toPlainString();
                case DATE -> date == null ? text : date.toString();
                default -> text;
            };
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        public String getType() {
            return type.name();
        }

        public List<String> getOptions() {
            return options;
        }

        public boolean isRequired() {
            return required;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public BigDecimal getNumber() {
            return number;
        }

        public void setNumber(BigDecimal number) {
            this.number = number;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }
}
