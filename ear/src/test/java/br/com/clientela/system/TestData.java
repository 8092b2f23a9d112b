package br.com.clientela.system;

import java.util.UUID;

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
}
