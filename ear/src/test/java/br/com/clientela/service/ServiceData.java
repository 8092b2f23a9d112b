package br.com.clientela.service;

import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.documents.Cpf;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Input each service test makes for itself: unique names, e-mails and valid, random CPFs. */
final class ServiceData {

    private ServiceData() {
    }

    /** A made-up word of letters, capitalised, to make names unique and searchable ("Quvexa"). */
    static String uniqueWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A valid CPF never used before (nine random digits and their check digits), unmasked. */
    static String cpf() {
        String cpf;
        do {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            cpf = Cpf.withCheckDigits(digits.toString());
        } while (cpf.chars().distinct().count() == 1);
        return cpf;
    }

    static String email() {
        return "cliente-" + UUID.randomUUID().toString().substring(0, 8) + "@teste.clientela";
    }

    /** A person with this name and CPF, a fresh e-mail and a São Paulo mobile. */
    static ClientInput person(String name, String cpf) {
        return person(name, cpf, email(), "(11) 98765-4321");
    }

    static ClientInput person(String name, String document, String email, String phone) {
        return new ClientInput(ClientKind.PERSON, name, null, document, email, phone, null, LocalDate.of(1990, 3, 15),
                null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), null, Map.of());
    }

    /** The same client with another name and e-mail, everything else as it was. */
    static ClientInput renamed(ClientInput input, String name, String email) {
        return new ClientInput(input.kind(), name, input.tradeName(), input.document(), email, input.phone(),
                input.otherPhone(), input.birthDate(), input.origin(), input.profile(), input.observations(),
                input.status(), input.preferredPaymentMethod(), input.paymentTerm(), input.defaultFee(),
                input.centerId(), input.ownerId(), input.addresses(), input.contacts(), input.emergencyContacts(),
                input.guardian(), input.customFields());
    }
}
