package br.com.clientela.clients.control;

import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.Client;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A client's fields as text, taken before and after a change so the history can list what changed. */
public final class ClientSnapshot {

    private ClientSnapshot() {
    }

    public static Map<String, String> of(Client c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", text(c.getKind()));
        fields.put("name", c.getName());
        fields.put("tradeName", c.getTradeName());
        fields.put("document", c.getDocument());
        fields.put("email", c.getEmail());
        fields.put("phone", c.getPhone());
        fields.put("birthDate", text(c.getBirthDate()));
        fields.put("origin", c.getOrigin());
        fields.put("observations", c.getObservations());
        fields.put("status", text(c.getStatus()));
        String addresses = c.getAddresses().stream().map(Address::summary).collect(Collectors.joining("; "));
        fields.put("addresses", addresses.isEmpty() ? null : addresses);
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
