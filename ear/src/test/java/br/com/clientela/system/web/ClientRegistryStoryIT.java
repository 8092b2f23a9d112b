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
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.ClientTrashPage;
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.EditClientPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The browser story in one go, as a receptionist lives it: register a client whose address comes from
 * the CEP, find them by typing "joao" and by a piece of the CPF, put them and a second client in a group, move
 * them to the trash and back, and read what changed in the History tab.
 */
@ExtendWith(DeployedClientela.class)
class ClientRegistryStoryIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api pethotelStaff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void registerFindGroupTrashRestoreAndReadTheHistoryOfAClient() {
        // A CEP of this test's own: the server remembers CEP answers for the whole run.
        DeployedClientela.cepStandIn().stubFor(get(urlEqualTo("/ws/69005010/json/")).willReturn(okJson(
                "{\"cep\":\"69005-010\",\"logradouro\":\"Avenida Eduardo Ribeiro\",\"bairro\":\"Centro\","
                        + "\"localidade\":\"Manaus\",\"uf\":\"AM\"}")));
        String word = ClientData.uniqueWord();
        String joao = "João " + word;
        String cpf = ClientData.cpf();
        String joana = ClientData.person(PETHOTEL_STAFF, "Joana " + word).name();
        String group = "Hospedagem " + word;
        pethotelStaff.post("/api/v1/groups", "{\"name\":\"" + group + "\"}");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        // Register, with the address filled in from the CEP.
        EditClientPage form = ClientsPage.open(browser).newClient().name(joao).document(ClientData.masked(cpf))
                .phone("(92) 99123-4567").addressByPostalCode("69005-010");
        assertThat(form.addressFieldWhenFilled(0, "street")).isEqualTo("Avenida Eduardo Ribeiro");
        assertThat(form.addressFieldWhenFilled(0, "city")).isEqualTo("Manaus");
        ClientProfilePage profile = form.saveExpectingProfile();
        long id = profile.id();
        assertThat(profile.tab("Endereços")).contains("Avenida Eduardo Ribeiro").contains("Manaus / AM");

        // Find them without the accent, then by six digits of the CPF.
        ClientsPage list = ClientsPage.open(browser).search("joao " + word.toLowerCase());
        list.waitForNames(List.of(joao));
        list.search(cpf.substring(3, 9));
        assertThat(list.waitForRow(joao).document()).isEqualTo(ClientData.masked(cpf));

        // Both clients of the story into one group.
        list.search(word);
        list.waitForRow(joao);
        list.waitForRow(joana);
        list.addToGroup(group, joao, joana);
        assertThat(list.growlSaying("adicionado")).contains("2 cliente(s) adicionado(s) ao grupo " + group + ".");
        assertThat(pethotelStaff.get("/api/v1/clients/" + id).json().getJsonArray("groups").toString()).contains(group);

        // To the trash and back.
        list.askToTrash(joao).accept();
        list.waitForNoRow(joao);
        ClientTrashPage trash = ClientTrashPage.open(browser);
        assertThat(trash.names()).contains(joao);
        trash.askToRestore(joao).accept();
        trash.waitForNoRow(joao);
        assertThat(pethotelStaff.get("/api/v1/clients/" + id).status()).isEqualTo(200);

        // A change, and the whole story in the History tab, newest first.
        String renamed = "João Pedro " + word;
        profile = ClientProfilePage.open(browser, id).edit().name(renamed).saveExpectingProfile();
        List<List<String>> history = profile.history();
        assertThat(history).extracting(row -> row.get(2))
                .containsSubsequence("Alteração", "Restauração", "Lixeira", "Alteração", "Cadastro");
        assertThat(history.get(0).subList(1, 6)).containsExactly(PETHOTEL_STAFF, "Alteração", "Nome", joao, renamed);
        assertThat(history).anySatisfy(row -> assertThat(row.get(5)).contains(group));
    }
}
