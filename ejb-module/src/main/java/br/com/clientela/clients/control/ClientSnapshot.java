package br.com.clientela.clients.control;

import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.Contact;
import br.com.clientela.clients.entity.EmergencyContact;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
        fields.put("otherPhone", c.getOtherPhone());
        fields.put("birthDate", text(c.getBirthDate()));
        fields.put("origin", c.getOrigin());
        fields.put("profile", c.getProfile());
        fields.put("observations", c.getObservations());
        fields.put("status", text(c.getStatus()));
        fields.put("preferredPaymentMethod", text(c.getPreferredPaymentMethod()));
        fields.put("paymentTerm", text(c.getPaymentTerm()));
        fields.put("defaultFee", c.getDefaultFee() == null ? null : c.getDefaultFee().toPlainString());
        fields.put("center", c.getCenter() == null ? null : c.getCenter().getName());
        fields.put("owner", c.getOwner() == null ? null : c.getOwner().getName());
        fields.put("addresses", joined(c.getAddresses().stream().map(Address::summary)));
        fields.put("contacts", joined(c.getContacts().stream().map(Contact::summary)));
        fields.put("emergencyContacts", joined(c.getEmergencyContacts().stream().map(EmergencyContact::summary)));
        fields.put("guardian", c.getGuardian() == null ? null : c.getGuardian().summary());
        fields.put("selfManaged", String.valueOf(c.isSelfManaged()));
        return fields;
    }

    private static String joined(Stream<String> summaries) {
        String joined = summaries.collect(Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
