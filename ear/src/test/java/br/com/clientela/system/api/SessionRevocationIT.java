package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An open back-office session does not outlive a change to its account: once an ADMIN is deactivated,
 * demoted or has their password reset, the session they opened before can no longer act as ADMIN (no page,
 * no ajax post creating a staff user, no API call with the session cookie) and is sent to the login page.
 */
@ExtendWith(DeployedClientela.class)
class SessionRevocationIT {

    private static final String USERS_PAGE = "/staff/users/list.xhtml";

    private final Api pethotelAdmin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void aDeactivatedAdminsOpenSessionCanNoLongerCreateStaff() {
        assertSessionEndsAfter(admin -> assertThat(pethotelAdmin.put("/api/v1/staff-users/" + admin.id(),
                "{\"name\":\"Pessoa de Teste\",\"role\":\"ADMIN\",\"active\":false}").status()).isEqualTo(200));
    }

    @Test
    void aDemotedAdminsOpenSessionCanNoLongerCreateStaff() {
        assertSessionEndsAfter(admin -> assertThat(pethotelAdmin.put("/api/v1/staff-users/" + admin.id(),
                "{\"name\":\"Pessoa de Teste\",\"role\":\"STAFF\",\"active\":true}").status()).isEqualTo(200));
    }

    @Test
    void anAdminsOpenSessionEndsWhenTheirPasswordIsReset() {
        assertSessionEndsAfter(admin -> assertThat(pethotelAdmin.post("/api/v1/staff-users/" + admin.id() + "/password",
                "{\"password\":\"OutraSenha2026\"}").status()).isEqualTo(204));
    }

    @Test
    void renamingKeepsTheSessionOpen() {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        PageSession session = PageSession.signIn(admin.email(), admin.password());

        assertThat(pethotelAdmin.put("/api/v1/staff-users/" + admin.id(),
                "{\"name\":\"Outro Nome\",\"role\":\"ADMIN\",\"active\":true}").status()).isEqualTo(200);

        assertThat(session.get(USERS_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiNeverActsOnASessionCookieAlone() {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        PageSession session = PageSession.signIn(admin.email(), admin.password());
        String email = TestData.uniqueEmail("cookie");

        HttpResponse<String> reply = session.postJson("/api/v1/staff-users", newStaffJson(email));

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(staffUserExists(email)).isFalse();
    }

    private void assertSessionEndsAfter(Consumer<TestData.NewStaff> change) {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        PageSession session = PageSession.signIn(admin.email(), admin.password());
        HttpResponse<String> usersPage = session.get(USERS_PAGE);
        assertThat(usersPage.statusCode()).isEqualTo(200);
        String viewState = session.viewStateOf(usersPage);

        change.accept(admin);

        String email = TestData.uniqueEmail("sessao-velha");
        HttpResponse<String> create = session.post(USERS_PAGE, newUserDialog(email, viewState), true);
        assertThat(create.statusCode()).isEqualTo(200);
        assertThat(create.body()).contains("<redirect url=\"/login.xhtml?encerrada=true\"");
        assertThat(staffUserExists(email)).isFalse();

        HttpResponse<String> page = session.get(USERS_PAGE);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml?volta=staff%2Fusers%2Flist.xhtml");

        HttpResponse<String> api = session.postJson("/api/v1/staff-users", newStaffJson(email));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(staffUserExists(email)).isFalse();
    }

    /** The "Novo usuário" dialog's ajax post, as PrimeFaces sends it when "Criar" is pressed. */
    private static Map<String, String> newUserDialog(String email, String viewState) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "newUserForm:create");
        form.put("jakarta.faces.partial.execute", "newUserForm");
        form.put("jakarta.faces.partial.render", "newUserForm usersForm:users");
        form.put("newUserForm:create", "newUserForm:create");
        form.put("newUserForm", "newUserForm");
        form.put("newUserForm:email", email);
        form.put("newUserForm:name", "Criado Por Sessao Velha");
        form.put("newUserForm:role_input", "ADMIN");
        form.put("newUserForm:password", "SenhaNova2026x");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static boolean staffUserExists(String email) {
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement query = db.prepareStatement("select count(*) from staff_user where email = ?")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newStaffJson(String email) {
        return "{\"email\":\"" + email + "\",\"name\":\"Criado Por Cookie\",\"role\":\"ADMIN\","
                + "\"password\":\"SenhaNova2026x\"}";
    }
}
