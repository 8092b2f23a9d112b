package br.com.clientela.clients.control;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.Guardian;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of a client whose value a merge takes from one side or the other, named as in the history
 * ({@link ClientSnapshot}). The document brings its kind along: a CPF only fits a person, a CNPJ an
 * organisation. Addresses, contacts, emergency contacts, groups and history are not chosen: the winner gets
 * the loser's as well.
 */
public enum MergeField {
    NAME("name", Client::getName, (from, to) -> to.setName(from.getName())),
    TRADE_NAME("tradeName", Client::getTradeName, (from, to) -> to.setTradeName(from.getTradeName())),
    DOCUMENT("document", Client::getDocument, (from, to) -> {
        to.setKind(from.getKind());
        to.setDocument(from.getDocument());
    }),
    EMAIL("email", Client::getEmail, (from, to) -> to.setEmail(from.getEmail())),
    PHONE("phone", Client::getPhone, (from, to) -> to.setPhone(from.getPhone())),
    OTHER_PHONE("otherPhone", Client::getOtherPhone, (from, to) -> to.setOtherPhone(from.getOtherPhone())),
    BIRTH_DATE("birthDate", c -> text(c.getBirthDate()), (from, to) -> to.setBirthDate(from.getBirthDate())),
    ORIGIN("origin", Client::getOrigin, (from, to) -> to.setOrigin(from.getOrigin())),
    PROFILE("profile", Client::getProfile, (from, to) -> to.setProfile(from.getProfile())),
    OBSERVATIONS("observations", Client::getObservations, (from, to) -> to.setObservations(from.getObservations())),
    STATUS("status", c -> text(c.getStatus()), (from, to) -> to.setStatus(from.getStatus())),
    PREFERRED_PAYMENT_METHOD("preferredPaymentMethod", c -> text(c.getPreferredPaymentMethod()),
            (from, to) -> to.setPreferredPaymentMethod(from.getPreferredPaymentMethod())),
    PAYMENT_TERM("paymentTerm", c -> text(c.getPaymentTerm()), (from, to) -> to.setPaymentTerm(from.getPaymentTerm())),
    DEFAULT_FEE("defaultFee", c -> c.getDefaultFee() == null ? null : c.getDefaultFee().toPlainString(),
            (from, to) -> to.setDefaultFee(from.getDefaultFee())),
    CENTER("center", c -> c.getCenter() == null ? null : c.getCenter().getName(),
            (from, to) -> to.setCenter(from.getCenter())),
    OWNER("owner", c -> c.getOwner() == null ? null : c.getOwner().getName(), (from, to) -> to.setOwner(from.getOwner())),
    GUARDIAN("guardian", c -> c.getGuardian() == null ? null : c.getGuardian().summary(),
            (from, to) -> to.setGuardian(from.getGuardian() == null ? null
                    : new Guardian(from.getGuardian().getName(), from.getGuardian().getDocument())));

    private final String key;
    private final Function<Client, String> value;
    private final BiConsumer<Client, Client> copy;

    MergeField(String key, Function<Client, String> value, BiConsumer<Client, Client> copy) {
        this.key = key;
        this.value = value;
        this.copy = copy;
    }

    public String key() {
        return key;
    }

    /** The field's value as text, as the history shows it. */
    public String valueOf(Client client) {
        return value.apply(client);
    }

    /** Puts {@code from}'s value on {@code to}. */
    public void copy(Client from, Client to) {
        copy.accept(from, to);
    }

    public static java.util.Optional<MergeField> byKey(String key) {
        for (MergeField field : values()) {
            if (field.key.equals(key)) {
                return java.util.Optional.of(field);
            }
        }
        return java.util.Optional.empty();
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
