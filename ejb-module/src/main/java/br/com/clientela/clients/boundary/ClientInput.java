package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A client as staff type it, for creating or replacing the record. The document is checked against the kind
 * (CPF for a person, CNPJ for an organisation), a minor needs a guardian, and the phones are normalised by the
 * service. The center and owner are ids of the caller's company; {@code selfManaged} is not staff's to set.
 */
@DocumentOfKind
@GuardianOfMinor
public record ClientInput(
        @NotNull(message = "{clientela.client.kind.required}")
        ClientKind kind,

        @NotBlank(message = "{clientela.name.required}")
        @Size(max = Client.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @Size(max = Client.NAME_MAX, message = "{clientela.size.max}")
        String tradeName,

        @Size(max = 20, message = "{clientela.size.max}")
        String document,

        @Email(message = "{clientela.email.invalid}")
        @Size(max = Client.EMAIL_MAX, message = "{clientela.size.max}")
        String email,

        @Size(max = 30, message = "{clientela.size.max}")
        @ValidPhone
        String phone,

        @Size(max = 30, message = "{clientela.size.max}")
        @ValidPhone
        String otherPhone,

        @PastOrPresent(message = "{clientela.birthDate.future}")
        LocalDate birthDate,

        @Size(max = Client.ORIGIN_MAX, message = "{clientela.size.max}")
        String origin,

        @Size(max = Client.PROFILE_MAX, message = "{clientela.size.max}")
        String profile,

        @Size(max = Client.OBSERVATIONS_MAX, message = "{clientela.size.max}")
        String observations,

        ClientStatus status,

        PaymentMethod preferredPaymentMethod,

        PaymentTerm paymentTerm,

        @DecimalMin(value = "0", message = "{clientela.money.negative}")
        @Digits(integer = 10, fraction = 2, message = "{clientela.money.digits}")
        BigDecimal defaultFee,

        Long centerId,

        Long ownerId,

        @Size(max = 20, message = "{clientela.client.addresses.max}")
        List<@NotNull(message = "{clientela.address.required}") @Valid AddressInput> addresses,

        @Size(max = 20, message = "{clientela.client.contacts.max}")
        List<@NotNull(message = "{clientela.contact.required}") @Valid ContactInput> contacts,

        @Size(max = 10, message = "{clientela.client.contacts.max}")
        List<@NotNull(message = "{clientela.contact.required}") @Valid EmergencyContactInput> emergencyContacts,

        @Valid
        GuardianInput guardian) {
}
