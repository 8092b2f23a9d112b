package br.com.clientela.customfields.boundary;

import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldType;
import br.com.clientela.shared.Versioned;
import java.util.List;

/** A custom field's definition as pages and the API show it. */
public record CustomFieldRow(Long id, String key, String label, CustomFieldType type, List<String> options,
        boolean required, boolean active, int position, Long version) implements Versioned {

    public static CustomFieldRow of(CustomField field) {
        return new CustomFieldRow(field.getId(), field.getKey(), field.getLabel(), field.getType(),
                List.copyOf(field.getOptions()), field.isRequired(), field.isActive(), field.getPosition(),
                field.getVersion());
    }
}
