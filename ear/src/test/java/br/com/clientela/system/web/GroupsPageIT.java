package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.GroupsPage;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The groups page in a real browser: create, rename, member count, open the filtered list, delete. */
@ExtendWith(DeployedClientela.class)
class GroupsPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void aGroupIsCreatedRenamedOpenedAsAFilteredListAndDeleted() {
        String word = ClientData.uniqueWord();
        String member = "Membro " + word;
        long memberId = ClientData.person(PETHOTEL_MANAGER, member).id();
        ClientData.person(PETHOTEL_MANAGER, "Fora " + word);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);
        GroupsPage page = GroupsPage.open(browser);

        page.create("Banho " + word);

        assertThat(page.growlSaying("criado")).contains("Grupo Banho " + word + " criado.");
        assertThat(page.waitForGroup("Banho " + word).members()).isEqualTo("0");
        manager.post("/api/v1/groups/" + groupId("Banho " + word) + "/members", "{\"clientIds\":[" + memberId + "]}");

        page.rename("Banho " + word, "Tosa " + word);

        assertThat(page.growlSaying("renomeado")).contains("Grupo renomeado para Tosa " + word + ".");
        assertThat(page.group("Banho " + word)).isEmpty();
        page = GroupsPage.open(browser);
        assertThat(page.waitForGroup("Tosa " + word).members()).isEqualTo("1");

        ClientsPage list = page.openClients("Tosa " + word);

        assertThat(list.groupFilter()).isEqualTo("Tosa " + word);
        list.waitForNames(List.of(member));
        assertThat(list.row(member).orElseThrow().groups()).isEqualTo("Tosa " + word);

        page = GroupsPage.open(browser);
        GroupsPage.Confirmation confirmation = page.askToDelete("Tosa " + word);
        assertThat(confirmation.message()).contains("Excluir o grupo Tosa " + word + "?")
                .contains("1 cliente(s) dele continuam cadastrados");
        confirmation.accept();

        page.waitForNoGroup("Tosa " + word);
        assertThat(page.growlSaying("excluído")).contains("Grupo Tosa " + word + " excluído.");
        assertThat(manager.get("/api/v1/groups").body()).doesNotContain("Tosa " + word);
        assertThat(manager.get("/api/v1/clients/" + memberId).status()).isEqualTo(200);
    }

    @Test
    void aNameAlreadyTakenIsRefusedNextToTheField() {
        String name = "Duplo " + ClientData.uniqueWord();
        manager.post("/api/v1/groups", "{\"name\":\"" + name + "\"}");
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        String error = GroupsPage.open(browser).create(name.toUpperCase()).waitForNameError();

        assertThat(error).isEqualTo("Já existe um grupo com este nome.");
    }

    private long groupId(String name) {
        return manager.get("/api/v1/groups").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(group -> group.getString("name").equals(name))
                .mapToLong(group -> group.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }
}
