package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact person as typed: the phone in any usual format (normalised to +55 when saved). */
public record ContactInput(
        @NotBlank(message = "{clientela.contact.name.required}")
        @Size(max = Contact.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @Size(max = Contact.ROLE_MAX, message = "{clientela.size.max}")
        String role,

        @Size(max = 30, message = "{clientela.size.max}")
        @ValidPhone
        String phone,

        @Email(message = "{clientela.email.invalid}")
        @Size(max = Client.EMAIL_MAX, message = "{clientela.size.max}")
        String email) {

    Contact toContact() {
        String typedPhone = AddressInput.blankToNull(phone);
        return new Contact(name.trim(), AddressInput.blankToNull(role),
                typedPhone == null ? null : PhoneNumber.normalize(typedPhone).orElseThrow(),
                AddressInput.blankToNull(email));
    }
}
