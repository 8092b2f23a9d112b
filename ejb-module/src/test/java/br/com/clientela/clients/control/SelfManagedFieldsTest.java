package br.com.clientela.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import br.com.clientela.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfManagedFieldsTest {

    @Test
    void feeStatusOwnerAndObservationsMayChange() {
        Map<String, String> before = snapshot("Ana", "10.00", "ACTIVE", "Rui", null);
        Map<String, String> after = snapshot("Ana", "20.00", "INACTIVE", "Lia", "nota");

        assertThatNoException().isThrownBy(() -> SelfManagedFields.refuseStaffChanges(before, after));
    }

    @Test
    void everyOtherChangedFieldIsRefusedByItsBodyName() {
        Map<String, String> before = snapshot("Ana", "10.00", "ACTIVE", "Rui", null);
        before.put("center", "Centro");
        Map<String, String> after = snapshot("Ana Maria", "10.00", "ACTIVE", "Rui", null);
        after.put("center", "Moema");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> SelfManagedFields.refuseStaffChanges(before, after));

        assertThat(refused.getFields()).containsOnlyKeys("name", "centerId");
        assertThat(refused.getFields().get("name")).contains("próprio cliente");
    }

    private static Map<String, String> snapshot(String name, String fee, String status, String owner, String notes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("defaultFee", fee);
        fields.put("status", status);
        fields.put("owner", owner);
        fields.put("observations", notes);
        return fields;
    }
}
