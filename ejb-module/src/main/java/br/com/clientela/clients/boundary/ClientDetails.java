package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
import br.com.clientela.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The whole client record as the profile page and the API show it; the center and owner come with their
 * names, and {@code selfManaged} tells whether the client typed the data themselves.
 */
public record ClientDetails(Long id, ClientKind kind, String name, String tradeName, String document, String email,
        String phone, String otherPhone, LocalDate birthDate, String origin, String profile, String observations,
        ClientStatus status, LifecycleStage stage, PaymentMethod preferredPaymentMethod, PaymentTerm paymentTerm,
        BigDecimal defaultFee, Long centerId, String centerName, Long ownerId, String ownerName,
        List<AddressDetails> addresses, List<ContactDetails> contacts, List<ContactDetails.Emergency> emergencyContacts,
        ContactDetails.GuardianDetails guardian, boolean selfManaged, LocalDateTime createdAt,
        LocalDateTime updatedAt, List<GroupRef> groups, Map<String, String> customFields,
        List<PossibleDuplicate> possibleDuplicates, Long version) implements Versioned {

    /** A group the client belongs to. */
    public record GroupRef(Long id, String name) {
    }

    /**
     * @param customFields the values of the company's active custom fields, by key in the fields' order (the
     *                     service reads them: they live in the customfields feature, not on the entity)
     * @param possibleDuplicates the other clients that share its e-mail or phone (a warning shown after saving)
     */
    static ClientDetails of(Client c, Map<String, String> customFields, List<PossibleDuplicate> possibleDuplicates) {
        return new ClientDetails(c.getId(), c.getKind(), c.getName(), c.getTradeName(), c.getDocument(), c.getEmail(),
                c.getPhone(), c.getOtherPhone(), c.getBirthDate(), c.getOrigin(), c.getProfile(), c.getObservations(),
                c.getStatus(), c.stage(), c.getPreferredPaymentMethod(), c.getPaymentTerm(), c.getDefaultFee(),
                c.getCenter() == null ? null : c.getCenter().getId(),
                c.getCenter() == null ? null : c.getCenter().getName(),
                c.getOwner() == null ? null : c.getOwner().getId(),
                c.getOwner() == null ? null : c.getOwner().getName(),
                c.getAddresses().stream().map(AddressDetails::of).toList(),
                c.getContacts().stream().map(ContactDetails::of).toList(),
                c.getEmergencyContacts().stream().map(ContactDetails.Emergency::of).toList(),
                ContactDetails.GuardianDetails.of(c.getGuardian()), c.isSelfManaged(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getGroups().stream().map(g -> new GroupRef(g.getId(), g.getName()))
                        .sorted(Comparator.comparing(GroupRef::name)).toList(), customFields, possibleDuplicates,
                c.getVersion());
    }
}
