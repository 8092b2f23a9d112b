package br.com.clientela.api.clients;

import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.clients.boundary.BulkAction;
import br.com.clientela.clients.boundary.BulkRequest;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientTargets;
import br.com.clientela.clients.entity.ClientStatus;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The body of POST /api/v1/clients/bulk read by hand, so that an unknown action or status, a filter value of the
 * wrong kind or a missing argument is a 422 naming the field rather than a bare JSON error.
 */
final class ClientBulkBody {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private ClientBulkBody() {
    }

    static BulkRequest read(JsonObject body) {
        if (body == null) {
            throw new InvalidParametersException(List.of(new Problem.FieldError(null, "Envie os dados da requisição.")));
        }
        return new ClientBulkBody().request(body);
    }

    /** "1,2,3" as ids; 422 on "ids" when one is not a number. */
    static List<Long> ids(String commaSeparated) {
        try {
            return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                    .map(Long::valueOf).toList();
        } catch (NumberFormatException notANumber) {
            throw new InvalidParametersException(List.of(new Problem.FieldError("ids",
                    "Informe os números (ids) dos clientes separados por vírgula.")));
        }
    }

    private BulkRequest request(JsonObject body) {
        BulkAction action = action(body);
        List<Long> ids = ids(body);
        ClientFilter filter = null;
        if (body.get("filter") instanceof JsonObject object) {
            try {
                filter = ClientFilterReader.read(name -> text(object.get(name)), "filter.");
            } catch (InvalidParametersException invalid) {
                errors.addAll(invalid.errors());
            }
        } else if (body.containsKey("filter") && body.get("filter") != JsonValue.NULL) {
            errors.add(new Problem.FieldError("filter", "O filtro é um objeto, como {\"stage\": \"CONTACT\"}."));
        }
        Long groupId = number(body, "groupId");
        Long ownerId = number(body, "ownerId");
        ClientStatus status = status(body);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return new BulkRequest(action, new ClientTargets(ids, filter), groupId, status, ownerId);
    }

    private BulkAction action(JsonObject body) {
        String text = text(body.get("action"));
        try {
            return text == null ? null : BulkAction.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError("action",
                    "Ação desconhecida: use ADD_TO_GROUP, REMOVE_FROM_GROUP, CHANGE_STATUS, SET_OWNER ou TRASH."));
            return null;
        }
    }

    private ClientStatus status(JsonObject body) {
        String text = text(body.get("status"));
        try {
            return text == null ? null : ClientStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError("status", "Situação desconhecida: use ACTIVE ou INACTIVE."));
            return null;
        }
    }

    private List<Long> ids(JsonObject body) {
        JsonValue value = body.get("ids");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonNumber.class::isInstance)) {
            return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
        }
        errors.add(new Problem.FieldError("ids", "Informe os números (ids) dos clientes, como [12, 15]."));
        return null;
    }

    private Long number(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        errors.add(new Problem.FieldError(name, "Informe o número (id) do registro."));
        return null;
    }

    /** A filter value as text, whether it came as a JSON string, number or boolean. */
    private static String text(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
