package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.EditClientPage;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client form in a real browser: registering a client, and a refusal shown next to its field. */
@ExtendWith(DeployedClientela.class)
class ClientFormPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api pethotelStaff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aStaffMemberRegistersAClientThroughTheFormAndLandsOnTheProfile() {
        String name = "Maria " + ClientData.uniqueWord();
        String cpf = ClientData.cpf();
        String email = TestData.uniqueEmail("maria");
        signIn();
        EditClientPage form = ClientsPage.open(browser).newClient();
        assertThat(form.documentLabel()).isEqualTo("CPF");
        assertThat(form.showsTradeName()).isFalse();

        ClientProfilePage profile = form.name(name).document(ClientData.masked(cpf)).email(email)
                .phone("(21) 99876-5432").address("20040-020", "Rio de Janeiro", "RJ")
                .saveExpectingProfile();

        assertThat(profile.heading()).isEqualTo(name);
        assertThat(profile.document()).isEqualTo(ClientData.masked(cpf));
        assertThat(profile.stage()).isEqualTo("Contato");
        assertThat(profile.growlSaying("cadastrado")).contains("Cliente " + name + " cadastrado(a).");
        assertThat(profile.tab("Endereços")).contains("Rio de Janeiro / RJ").contains("CEP 20040-020");
        JsonObject stored = pethotelStaff.get("/api/v1/clients/" + profile.id()).json();
        assertThat(stored.getString("document")).isEqualTo(cpf);
        assertThat(stored.getString("phone")).isEqualTo("+5521998765432");
        assertThat(stored.getString("email")).isEqualTo(email);
    }

    @Test
    void typingACepFillsTheAddressFromTheCepService() {
        DeployedClientela.cepStandIn().stubFor(get(urlEqualTo("/ws/04538133/json/")).willReturn(okJson(
                "{\"cep\":\"04538-133\",\"logradouro\":\"Avenida Brigadeiro Faria Lima\",\"bairro\":\"Itaim Bibi\","
                        + "\"localidade\":\"São Paulo\",\"uf\":\"SP\"}")));
        String name = "Cep " + ClientData.uniqueWord();
        signIn();
        EditClientPage form = ClientsPage.open(browser).newClient().name(name).addressByPostalCode("04538-133");

        assertThat(form.addressFieldWhenFilled(0, "street")).isEqualTo("Avenida Brigadeiro Faria Lima");
        assertThat(form.addressFieldWhenFilled(0, "district")).isEqualTo("Itaim Bibi");
        assertThat(form.addressFieldWhenFilled(0, "city")).isEqualTo("São Paulo");
        assertThat(form.addressFieldWhenFilled(0, "state")).isEqualTo("SP");

        ClientProfilePage profile = form.saveExpectingProfile();
        assertThat(profile.tab("Endereços")).contains("Avenida Brigadeiro Faria Lima").contains("São Paulo / SP");
    }

    @Test
    void anUnknownCepIsSaidNextToTheFieldAndTheAddressIsTypedByHand() {
        DeployedClientela.cepStandIn().stubFor(get(urlEqualTo("/ws/99999000/json/")).willReturn(
                okJson("{\"erro\": true}")));
        signIn();
        EditClientPage form = ClientsPage.open(browser).newClient().addressByPostalCode("99999-000");

        assertThat(form.errorNextTo("addresses:0:postalCode")).startsWith("CEP não encontrado");
    }

    @Test
    void choosingPessoaJuridicaAsksForACnpjAndOffersNomeFantasia() {
        signIn();
        EditClientPage form = EditClientPage.openNew(browser);

        form.kind("Pessoa jurídica");

        assertThat(form.documentLabel()).isEqualTo("CNPJ");
        assertThat(form.showsTradeName()).isTrue();
    }

    @Test
    void anInvalidCpfIsRefusedNextToTheFieldAndNothingIsCreated() {
        String name = "Inválido " + ClientData.uniqueWord();
        String cpf = ClientData.cpf();
        String wrong = cpf.substring(0, 10) + ((cpf.charAt(10) - '0' + 1) % 10);
        signIn();
        EditClientPage form = EditClientPage.openNew(browser);

        form.name(name).document(wrong).save();

        assertThat(form.errorNextTo("document")).isEqualTo("CPF inválido: confira os dígitos verificadores.");
        // Still there, as typed, with the mask the field puts in while typing.
        assertThat(form.document()).isEqualTo(ClientData.masked(wrong));
        assertThat(pethotelStaff.get("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void anInvalidCepIsShownNextToTheCepOfItsAddressRow() {
        String name = "Cep " + ClientData.uniqueWord();
        signIn();
        EditClientPage form = EditClientPage.openNew(browser);

        form.name(name).address("01310-100", "São Paulo", "SP").address("123", "Campinas", "SP").save();

        assertThat(form.errorNextTo("addresses:1:postalCode")).isEqualTo("Informe o CEP com 8 dígitos, como 01310-100.");
        assertThat(form.errorNowNextTo("addresses:0:postalCode")).isEmpty();
        assertThat(pethotelStaff.get("/api/v1/clients?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .getJsonNumber("total").longValue()).isZero();
    }

    private void signIn() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
    }
}
