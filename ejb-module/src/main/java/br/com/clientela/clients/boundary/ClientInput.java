package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A client as staff type it, for creating or replacing the record. The document is checked against the kind
 * (CPF for a person, CNPJ for an organisation) and the phone is normalised by the service.
 */
@DocumentOfKind
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

        @PastOrPresent(message = "{clientela.birthDate.future}")
        LocalDate birthDate,

        @Size(max = Client.ORIGIN_MAX, message = "{clientela.size.max}")
        String origin,

        @Size(max = Client.OBSERVATIONS_MAX, message = "{clientela.size.max}")
        String observations,

        ClientStatus status,

        @Size(max = 20, message = "{clientela.client.addresses.max}")
        List<@NotNull(message = "{clientela.address.required}") @Valid AddressInput> addresses) {

    /** The record as it is now, as input: the base a partial change (PATCH) is applied to. */
    public static ClientInput of(ClientDetails client) {
        return new ClientInput(client.kind(), client.name(), client.tradeName(), client.document(), client.email(),
                client.phone(), client.birthDate(), client.origin(), client.observations(), client.status(),
                client.addresses().stream().map(AddressInput::of).toList());
    }
}
