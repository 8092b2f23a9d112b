package br.com.clientela.clients.control;

import br.com.clientela.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What staff may change in a record the client typed themselves ({@code selfManaged}): the default fee, the
 * status, the owner and the observations (groups change through their own service). Any other field that a
 * save would change is refused, one entry per field, named as in the API body.
 */
public final class SelfManagedFields {

    /** The fields staff keep changing, as {@link ClientSnapshot} names them. */
    public static final Set<String> STAFF_EDITABLE = Set.of("defaultFee", "status", "owner", "observations",
            "groups");

    /** Snapshot names that differ from the API body's. */
    private static final Map<String, String> BODY_NAMES = Map.of("center", "centerId", "owner", "ownerId");

    private static final String MESSAGE = "Dado informado pelo próprio cliente: a equipe não pode alterá-lo.";

    private SelfManagedFields() {
    }

    /** Throws when the change between the two snapshots touches a field only the client may change. */
    public static void refuseStaffChanges(Map<String, String> before, Map<String, String> after) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : after.entrySet()) {
            if (!STAFF_EDITABLE.contains(field.getKey())
                    && !Objects.equals(before.get(field.getKey()), field.getValue())) {
                refused.put(BODY_NAMES.getOrDefault(field.getKey(), field.getKey()), MESSAGE);
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException("Este cliente informou os próprios dados: a equipe só altera valor padrão,"
                    + " situação, grupos, responsável e observações.", refused);
        }
    }
}
