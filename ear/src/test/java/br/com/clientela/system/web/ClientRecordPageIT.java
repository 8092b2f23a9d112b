package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rest of the client record in a real browser: contacts added as rows, the guardian section for a minor,
 * the center, owner and fee, and the fields shown read-only because the service would refuse changing them.
 */
@ExtendWith(DeployedClientela.class)
class ClientRecordPageIT {

    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void contactsCenterOwnerAndFeeTypedOnTheFormShowOnTheProfile() {
        String word = ClientData.uniqueWord();
        String center = "Unidade " + word;
        admin.post("/api/v1/centers", Json.createObjectBuilder().add("name", center).build().toString());
        signIn();
        EditClientPage form = EditClientPage.openNew(browser).name("Contatos " + word);
        assertThat(form.emergencyContactsHint()).contains("pelo menos dois contatos de emergência");

        ClientProfilePage profile = form.contact("Ana " + word, "Financeiro", "(11) 98888-7777", "ana@exemplo.com.br")
                .emergencyContact("Rui " + word, "(11) 97777-6666", "Pai")
                .center(center).owner("Letícia Araújo").fee("1234,56")
                .saveExpectingProfile();

        assertThat(profile.tab("Contatos")).contains("Ana " + word).contains("Financeiro")
                .contains("(11) 98888-7777").contains("ana@exemplo.com.br").contains("Rui " + word).contains("Pai");
        assertThat(profile.tab("Informações adicionais")).contains(center).contains("Letícia Araújo")
                .contains("R$ 1.234,56");
        JsonObject stored = admin.get("/api/v1/clients/" + profile.id()).json();
        assertThat(stored.getJsonArray("contacts").getJsonObject(0).getString("phone")).isEqualTo("+5511988887777");
        assertThat(stored.getJsonNumber("defaultFee").bigDecimalValue()).isEqualByComparingTo("1234.56");
    }

    @Test
    void aMinorBringsUpTheGuardianSectionAndIsRefusedWithoutAGuardian() {
        String name = "Menor " + ClientData.uniqueWord();
        signIn();
        EditClientPage form = EditClientPage.openNew(browser).name(name);
        assertThat(form.showsGuardian()).isFalse();

        form.birthDate(LocalDate.now().minusYears(12).format(TYPED_DATE));
        assertThat(form.showsGuardian()).isTrue();
        form.save();

        assertThat(form.errorNextTo("guardianName"))
                .isEqualTo("Informe o nome do responsável legal: o cliente é menor de 18 anos.");
        assertThat(form.errorNextTo("guardianDocument"))
                .isEqualTo("Informe o CPF do responsável legal: o cliente é menor de 18 anos.");
        assertThat(total(name)).isZero();

        ClientProfilePage profile = form.guardian("Mãe de " + name, ClientData.masked(ClientData.cpf()))
                .saveExpectingProfile();
        assertThat(profile.tab("Dados pessoais")).contains("Mãe de " + name);
    }

    @Test
    void aSavedCpfIsReadOnlyForStaffWhoStillSaveTheRest() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Documento " + ClientData.uniqueWord());
        signIn();

        EditClientPage form = EditClientPage.open(browser, client.id());

        assertThat(form.isReadOnly("document")).isTrue();
        assertThat(form.notice("documentLocked")).contains("Só um administrador");
        ClientProfilePage profile = form.name(client.name() + " Silva").saveExpectingProfile();
        assertThat(profile.heading()).isEqualTo(client.name() + " Silva");
        assertThat(profile.document()).isEqualTo(ClientData.masked(client.cpf()));
    }

    @Test
    void dataTheClientTypedIsReadOnlyButTheFeeCanChangeAndShowsInTheHistory() throws SQLException {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Autônomo " + ClientData.uniqueWord());
        try (Connection db = DeployedClientela.openDatabase();
                PreparedStatement mark = db.prepareStatement("update client set self_managed = true where id = ?")) {
            mark.setLong(1, client.id());
            mark.executeUpdate();
        }
        signIn();

        EditClientPage form = EditClientPage.open(browser, client.id());

        assertThat(form.notice("selfManagedNotice")).contains("informados pelo próprio cliente");
        assertThat(form.isReadOnly("name")).isTrue();
        assertThat(form.isReadOnly("phone")).isTrue();
        assertThat(form.isReadOnly("observations")).isFalse();
        ClientProfilePage profile = form.fee("80,00").saveExpectingProfile();
        assertThat(profile.tab("Informações adicionais")).contains("R$ 80,00");
        assertThat(profile.heading()).isEqualTo(client.name());
        assertThat(profile.history()).anySatisfy(row -> assertThat(row.subList(2, 6))
                .containsExactly("Alteração", "Valor padrão", "", "R$ 80,00"));
    }

    private long total(String name) {
        return admin.get("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .getJsonNumber("total").longValue();
    }

    private void signIn() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
    }
}
