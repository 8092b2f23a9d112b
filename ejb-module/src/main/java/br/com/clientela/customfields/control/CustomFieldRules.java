package br.com.clientela.customfields.control;

import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldValue;
import br.com.clientela.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a client's custom field values, typed as text keyed by field key, against the company's active
 * definitions, and normalises them (a number with a dot, a date as yyyy-MM-dd, text trimmed). Every wrong
 * value is reported at once, each under {@code customFields.<key>}; a blank value means "no value".
 */
public final class CustomFieldRules {

    public static final String FIELD_PREFIX = "customFields.";
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}([.,]\\d{1,6})?");

    private CustomFieldRules() {
    }

    /**
     * @param active the company's active fields
     * @param typed  values by key, may be null
     * @return the non-blank values by field, in the fields' order
     * @throws InvalidInputException naming each wrong field
     */
    public static Map<CustomField, String> check(List<CustomField> active, Map<String, String> typed) {
        Map<String, String> values = typed == null ? Map.of() : typed;
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, CustomField> byKey = new LinkedHashMap<>();
        active.forEach(field -> byKey.put(field.getKey(), field));
        for (String key : values.keySet()) {
            if (!byKey.containsKey(key)) {
                errors.put(FIELD_PREFIX + key, "Campo personalizado inexistente ou desativado.");
            }
        }
        Map<CustomField, String> checked = new LinkedHashMap<>();
        for (CustomField field : active) {
            String value = values.get(field.getKey());
            if (value == null || value.isBlank()) {
                if (field.isRequired()) {
                    errors.put(FIELD_PREFIX + field.getKey(), "Preencha o campo \"" + field.getLabel() + "\".");
                }
                continue;
            }
            try {
                checked.put(field, normalize(field, value.trim()));
            } catch (IllegalArgumentException wrong) {
                errors.put(FIELD_PREFIX + field.getKey(), wrong.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    private static String normalize(CustomField field, String value) {
        return switch (field.getType()) {
            case TEXT -> {
                if (value.length() > CustomFieldValue.VALUE_MAX) {
                    throw new IllegalArgumentException("\"" + field.getLabel() + "\" aceita no máximo "
                            + CustomFieldValue.VALUE_MAX + " caracteres.");
                }
                yield value;
            }
            case NUMBER -> {
                if (!NUMBER.matcher(value).matches()) {
                    throw new IllegalArgumentException("\"" + field.getLabel() + "\" deve ser um número, como 12 ou 12,5.");
                }
                yield new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString();
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(value).toString();
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("\"" + field.getLabel()
                            + "\" deve ser uma data válida no formato AAAA-MM-DD.");
                }
            }
            case CHOICE -> {
                if (!field.getOptions().contains(value)) {
                    throw new IllegalArgumentException("\"" + field.getLabel() + "\" deve ser uma das opções: "
                            + String.join(", ", field.getOptions()) + ".");
                }
                yield value;
            }
        };
    }
}
