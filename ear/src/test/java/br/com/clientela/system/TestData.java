package br.com.clientela.system;

import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Data each test makes for itself through the API, so tests never depend on each other. */
public final class TestData {

    public static final String DEMO_PASSWORD = "Clientela2026";
    public static final String PETHOTEL_ADMIN = "admin@pethotel.demo";
    public static final String PETHOTEL_MANAGER = "gerente@pethotel.demo";
    public static final String PETHOTEL_STAFF = "equipe@pethotel.demo";
    public static final String CLINICA_ADMIN = "admin@clinica.demo";

    private TestData() {
    }

    /** A staff member created by {@code adminEmail}'s company's ADMIN. */
    public record NewStaff(long id, String email, String password) {
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teste.clientela";
    }

    public static NewStaff staffUser(String adminEmail, String role) {
        String email = uniqueEmail(role.toLowerCase(java.util.Locale.ROOT));
        String password = "Senha" + UUID.randomUUID().toString().substring(0, 8) + "9";
        Api.Reply reply = Api.as(adminEmail, DEMO_PASSWORD).post("/api/v1/staff-users",
                "{\"email\":\"" + email + "\",\"name\":\"Pessoa de Teste\",\"role\":\"" + role
                        + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create a staff user for the test: " + reply);
        }
        return new NewStaff(reply.json().getJsonNumber("id").longValue(), email, password);
    }

    /** A person with this name and CPF, created through the API by {@code login}; its client body. */
    public static JsonObject personClient(String login, String name, String cpf) {
        Api.Reply reply = Api.as(login, DEMO_PASSWORD).post("/api/v1/clients", Json.createObjectBuilder()
                .add("kind", "PERSON").add("name", name).add("document", cpf).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not create a client for the test: " + reply);
        }
        return reply.json();
    }

    /** A valid CPF never used before (nine random digits and their check digits), unmasked. */
    public static String newCpf() {
        String cpf;
        do {
            cpf = Cpf.withCheckDigits(randomDigits(9));
        } while (cpf.chars().distinct().count() == 1);
        return cpf;
    }

    /** A valid alphanumeric CNPJ never used before, unmasked and upper-case. */
    public static String newAlphanumericCnpj() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder twelve = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            twelve.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return Cnpj.withCheckDigits(twelve.toString());
    }

    /** A mobile number in São Paulo never used before: 9 and eight random digits, unmasked, without DDD. */
    public static String newMobileNumber() {
        return "9" + randomDigits(8);
    }

    /** Letters only, so a search for it cannot match a CPF or phone number by chance. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static String randomDigits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
