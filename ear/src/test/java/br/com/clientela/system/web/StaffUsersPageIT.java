package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.EditStaffUserPage;
import br.com.clientela.system.pages.NotFoundPage;
import br.com.clientela.system.pages.StaffUsersPage;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The staff users pages in a real browser: list, "Novo usuário" dialog, activation, editing, isolation. */
@ExtendWith(DeployedClientela.class)
class StaffUsersPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api pethotelAdmin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void adminCreatesAStaffUserThroughTheDialogAndSeesItInTheTable() {
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        StaffUsersPage page = StaffUsersPage.open(browser);
        String email = TestData.uniqueEmail("dialogo");
        String name = "Beatriz " + unique();

        page.openNewUserDialog().email(email).name(name).role("Gerente").createWith("NovaSenha2026", email);

        StaffUsersPage.Row row = page.row(email).orElseThrow();
        assertThat(row.name()).isEqualTo(name);
        assertThat(row.role()).isEqualTo("Gerente");
        assertThat(row.status()).isEqualTo("Ativo");
        assertThat(page.growlSaying(name)).contains("Usuário " + name + " criado.");
        assertThat(Api.as(email, "NovaSenha2026").get("/api/v1/me").json().getString("name")).isEqualTo(name);
    }

    @Test
    void invalidEmailAndWeakPasswordShowPtBrMessagesByTheFieldsAndCreateNothing() {
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        StaffUsersPage page = StaffUsersPage.open(browser);
        String name = "Inválido " + unique();
        StaffUsersPage.NewUserDialog dialog = page.openNewUserDialog().email("isto-nao-e-email").name(name);

        dialog.passwordAndEnter("curta");

        assertThat(dialog.errorNextTo("email")).isEqualTo("Informe um e-mail válido, como nome@exemplo.com.br.");
        assertThat(dialog.errorNextTo("password"))
                .isEqualTo("A senha deve ter de 10 a 128 caracteres, com letras e números.");
        assertThat(dialog.isOpen()).isTrue();
        assertThat(dialog.typedValueOf("email")).isEqualTo("isto-nao-e-email");
        assertThat(page.rows()).noneMatch(row -> row.name().equals(name));
        assertThat(pethotelAdmin.get("/api/v1/staff-users").body()).doesNotContain(name);
    }

    @Test
    void anEmailAlreadyInUseIsRefusedNextToTheEmailField() {
        TestData.NewStaff existing = TestData.staffUser(CLINICA_ADMIN, "STAFF");
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        StaffUsersPage page = StaffUsersPage.open(browser);
        String name = "Duplicado " + unique();
        StaffUsersPage.NewUserDialog dialog = page.openNewUserDialog().email(existing.email()).name(name);

        dialog.passwordAndEnter("NovaSenha2026");

        assertThat(dialog.errorNextTo("email")).isEqualTo("Já existe um usuário com este e-mail.");
        assertThat(pethotelAdmin.get("/api/v1/staff-users").body()).doesNotContain(name);
    }

    @Test
    void deactivatingAsksForConfirmationAndOnlyThenTurnsTheAccountOff() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        StaffUsersPage page = StaffUsersPage.open(browser);

        StaffUsersPage.Confirmation first = page.askToDeactivate(staff.email());
        assertThat(first.message()).contains("Desativar o acesso de Pessoa de Teste?");
        first.cancel();
        assertThat(page.row(staff.email()).orElseThrow().status()).isEqualTo("Ativo");
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(200);

        page.askToDeactivate(staff.email()).accept();

        StaffUsersPage.Row row = page.waitForStatus(staff.email(), "Inativo");
        assertThat(row.offers("Ativar")).isTrue();
        assertThat(page.growlSaying("desativado")).contains("Acesso de Pessoa de Teste desativado.");
        assertThat(pethotelAdmin.get("/api/v1/staff-users/" + staff.id()).json().getBoolean("active")).isFalse();
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anAdminIsNotOfferedToDeactivateThemselves() {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        signIn(admin.email(), admin.password());

        StaffUsersPage page = StaffUsersPage.open(browser);

        assertThat(page.row(admin.email()).orElseThrow().offers("Desativar")).isFalse();
        assertThat(page.row(PETHOTEL_ADMIN).orElseThrow().offers("Desativar")).isTrue();
    }

    @Test
    void aStaffMemberOpeningTheUsersPageSeesThe404Page() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        signIn(staff.email(), staff.password());

        browser.open("/staff/users/list.xhtml");

        NotFoundPage notFound = NotFoundPage.current(browser);
        assertThat(notFound.title()).isEqualTo("Página não encontrada");
        assertThat(notFound.text()).doesNotContain("Novo usuário").doesNotContain(PETHOTEL_ADMIN);
    }

    @Test
    void adminEditsNameAndRoleAndSeesThemAfterReload() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        EditStaffUserPage edit = StaffUsersPage.open(browser).edit(staff.email());
        assertThat(edit.email()).isEqualTo(staff.email());
        String name = "Renomeada " + unique();

        edit.name(name).role("Gerente").save();

        assertThat(edit.growlSaying("salvo")).contains("Usuário " + name + " salvo.");
        EditStaffUserPage reloaded = EditStaffUserPage.open(browser, staff.id());
        assertThat(reloaded.heading()).isEqualTo(name);
        assertThat(reloaded.name()).isEqualTo(name);
        assertThat(reloaded.role()).isEqualTo("Gerente");
        assertThat(reloaded.active()).isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselvesAndIsToldWhyNextToTheField() {
        TestData.NewStaff admin = TestData.staffUser(PETHOTEL_ADMIN, "ADMIN");
        signIn(admin.email(), admin.password());
        EditStaffUserPage edit = EditStaffUserPage.open(browser, admin.id());

        edit.toggleActive().save();

        assertThat(edit.errorNextTo("active")).isEqualTo("Você não pode desativar o seu próprio acesso.");
        assertThat(Api.as(admin.email(), admin.password()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void adminResetsAPasswordAfterConfirmation() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        EditStaffUserPage edit = EditStaffUserPage.open(browser, staff.id());

        EditStaffUserPage.Confirmation confirmation = edit.askToResetPassword("Redefinida2026");
        assertThat(confirmation.message()).contains("Redefinir a senha de Pessoa de Teste?");
        confirmation.accept();

        assertThat(edit.growlSaying("redefinida")).contains("Senha de Pessoa de Teste redefinida.");
        assertThat(Api.as(staff.email(), "Redefinida2026").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aWeakNewPasswordIsRefusedNextToTheFieldAndTheOldOneStillWorks() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);
        EditStaffUserPage edit = EditStaffUserPage.open(browser, staff.id());

        edit.askToResetPassword("fraca").accept();

        assertThat(edit.passwordError()).isEqualTo("A senha deve ter de 10 a 128 caracteres, com letras e números.");
        assertThat(Api.as(staff.email(), staff.password()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anotherCompanysStaffUserGivesThe404PageAndStaysUnchanged() {
        TestData.NewStaff created = TestData.staffUser(CLINICA_ADMIN, "STAFF");
        Api clinicaAdmin = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        JsonObject ofClinica = clinicaAdmin.get("/api/v1/staff-users").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(user -> user.getString("email").equals(created.email()))
                .findFirst()
                .orElseThrow();
        long id = ofClinica.getJsonNumber("id").longValue();
        String before = clinicaAdmin.get("/api/v1/staff-users/" + id).body();
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);

        browser.open(EditStaffUserPage.path(id));

        NotFoundPage notFound = NotFoundPage.current(browser);
        assertThat(notFound.title()).isEqualTo("Página não encontrada");
        assertThat(notFound.text()).doesNotContain(created.email()).doesNotContain("Pessoa de Teste");
        assertThat(clinicaAdmin.get("/api/v1/staff-users/" + id).body()).isEqualTo(before);
    }

    @Test
    void aMissingOrMalformedIdGivesThe404Page() {
        signIn(PETHOTEL_ADMIN, DEMO_PASSWORD);

        for (String path : new String[] {"/staff/users/edit.xhtml", EditStaffUserPage.path("abc"),
                EditStaffUserPage.path(999_999_999L)}) {
            browser.open(path);
            assertThat(NotFoundPage.current(browser).title()).as(path).isEqualTo("Página não encontrada");
        }
    }

    private void signIn(String email, String password) {
        LoginPage.open(browser).signInExpectingHome(email, password);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
