package br.com.clientela.customfields.boundary;

import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A custom field as the ADMIN defines it. The key is optional when creating (made from the label) and ignored
 * when changing: it names the field in the API and never changes. Options only for CHOICE; {@code active}
 * null means active; {@code position} null puts a new field last.
 */
public record CustomFieldInput(
        @Size(max = CustomField.KEY_MAX, message = "{clientela.size.max}")
        @Pattern(regexp = CustomField.KEY_PATTERN, message = "{clientela.customField.key.pattern}")
        String key,

        @NotBlank(message = "{clientela.customField.label.required}")
        @Size(max = CustomField.LABEL_MAX, message = "{clientela.size.max}")
        String label,

        @NotNull(message = "{clientela.customField.type.required}")
        CustomFieldType type,

        @Size(max = CustomField.OPTIONS_MAX, message = "{clientela.customField.options.max}")
        List<@NotBlank(message = "{clientela.customField.option.required}")
            @Size(max = CustomField.OPTION_MAX, message = "{clientela.size.max}") String> options,

        Boolean required,

        Boolean active,

        Integer position) {

    /** Left out means not required; boxed so JSON reads only true or false here, never "sim" as false. */
    public CustomFieldInput {
        required = required != null && required;
    }
}
