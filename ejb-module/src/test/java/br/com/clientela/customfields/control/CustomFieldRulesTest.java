package br.com.clientela.customfields.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldType;
import br.com.clientela.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldRulesTest {

    private final CustomField notes = field("notes", "Observações do pet", CustomFieldType.TEXT, false);
    private final CustomField weight = field("weight", "Peso (kg)", CustomFieldType.NUMBER, false);
    private final CustomField lastVisit = field("last_visit", "Última visita", CustomFieldType.DATE, false);
    private final CustomField size = choice("size", "Porte", true, "Pequeno", "Médio", "Grande");
    private final List<CustomField> fields = List.of(notes, weight, lastVisit, size);

    @Test
    void validValuesOfEveryTypeAreNormalised() {
        Map<CustomField, String> checked = CustomFieldRules.check(fields,
                values("notes", "  Late muito  ", "weight", "12,50", "last_visit", "2026-03-01", "size", "Médio"));

        assertThat(checked).containsEntry(notes, "Late muito").containsEntry(weight, "12.5")
                .containsEntry(lastVisit, "2026-03-01").containsEntry(size, "Médio");
    }

    @Test
    void blankValuesOfOptionalFieldsAreLeftOut() {
        Map<CustomField, String> checked = CustomFieldRules.check(fields, values("notes", " ", "size", "Grande"));

        assertThat(checked).containsOnlyKeys(size);
    }

    @Test
    void everyWrongValueIsReportedUnderItsOwnFieldInPortuguese() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> CustomFieldRules.check(fields,
                values("notes", "x".repeat(501), "weight", "doze", "last_visit", "31/02/2026", "size", "Gigante")));

        assertThat(refused.getFields()).containsOnlyKeys("customFields.notes", "customFields.weight",
                "customFields.last_visit", "customFields.size");
        assertThat(refused.getFields().get("customFields.notes")).contains("no máximo 500 caracteres");
        assertThat(refused.getFields().get("customFields.weight")).contains("deve ser um número");
        assertThat(refused.getFields().get("customFields.last_visit")).contains("data válida");
        assertThat(refused.getFields().get("customFields.size")).contains("Pequeno, Médio, Grande");
    }

    @Test
    void anImpossibleIsoDateIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CustomFieldRules.check(fields, values("last_visit", "2026-02-30", "size", "Grande")));

        assertThat(refused.getFields()).containsOnlyKeys("customFields.last_visit");
    }

    @Test
    void aMissingRequiredFieldIsNamedWithItsLabel() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CustomFieldRules.check(fields, null));

        assertThat(refused.getFields()).containsExactly(Map.entry("customFields.size", "Preencha o campo \"Porte\"."));
    }

    @Test
    void anUnknownKeyIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CustomFieldRules.check(fields, values("size", "Grande", "color", "azul")));

        assertThat(refused.getFields()).containsOnlyKeys("customFields.color");
    }

    @Test
    void aChoiceMustMatchAnOptionExactly() {
        assertThrows(InvalidInputException.class, () -> CustomFieldRules.check(fields, values("size", "médio")));
    }

    private static Map<String, String> values(String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    private static CustomField field(String key, String label, CustomFieldType type, boolean required) {
        CustomField field = new CustomField(key, label, type);
        field.setRequired(required);
        return field;
    }

    private static CustomField choice(String key, String label, boolean required, String... options) {
        CustomField field = field(key, label, CustomFieldType.CHOICE, required);
        field.setOptions(List.of(options));
        return field;
    }
}
