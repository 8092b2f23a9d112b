package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.EmergencyContact;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An emergency contact as typed: name and phone required, the relationship ("mãe", "vizinho") optional. */
public record EmergencyContactInput(
        @NotBlank(message = "{clientela.contact.name.required}")
        @Size(max = EmergencyContact.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @NotBlank(message = "{clientela.emergencyContact.phone.required}")
        @Size(max = 30, message = "{clientela.size.max}")
        @ValidPhone
        String phone,

        @Size(max = EmergencyContact.RELATIONSHIP_MAX, message = "{clientela.size.max}")
        String relationship) {

    EmergencyContact toEmergencyContact() {
        return new EmergencyContact(name.trim(), PhoneNumber.normalize(phone).orElseThrow(),
                AddressInput.blankToNull(relationship));
    }
}
