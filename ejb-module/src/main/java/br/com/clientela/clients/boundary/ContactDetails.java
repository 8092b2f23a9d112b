package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Contact;
import br.com.clientela.clients.entity.EmergencyContact;
import br.com.clientela.clients.entity.Guardian;

/** A contact person as shown; phone as +55 with DDD. */
public record ContactDetails(Long id, String name, String role, String phone, String email) {

    static ContactDetails of(Contact c) {
        return new ContactDetails(c.getId(), c.getName(), c.getRole(), c.getPhone(), c.getEmail());
    }

    /** An emergency contact as shown. */
    public record Emergency(Long id, String name, String phone, String relationship) {

        static Emergency of(EmergencyContact c) {
            return new Emergency(c.getId(), c.getName(), c.getPhone(), c.getRelationship());
        }
    }

    /** The legal guardian as shown: CPF as 11 digits. */
    public record GuardianDetails(String name, String document) {

        static GuardianDetails of(Guardian g) {
            return g == null ? null : new GuardianDetails(g.getName(), g.getDocument());
        }
    }
}
