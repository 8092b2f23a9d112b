package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import br.com.clientela.system.pages.ClientDuplicatesPage;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import br.com.clientela.system.pages.MergeClientsPage;
import br.com.clientela.system.pages.NotFoundPage;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Duplicates in a real browser: the warning while typing, the duplicates page, the merge preview and its result. */
@ExtendWith(DeployedClientela.class)
class ClientMergePageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerFindsAPairMergesKeepingTheLosersEmailAndTheProfileAndHistoryShowIt() {
        String word = TestData.uniqueWord();
        String phone = "(11) " + TestData.newMobileNumber();
        String keptEmail = TestData.uniqueEmail("sai");
        long winner = client("Fica " + word, TestData.uniqueEmail("fica"), phone);
        long loser = client("Sai " + word, keptEmail, phone);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        ClientDuplicatesPage duplicates = ClientDuplicatesPage.open(browser).search(word);
        assertThat(duplicates.pairs()).containsExactly(List.of("Fica " + word, "Sai " + word, "Telefone"));
        MergeClientsPage preview = duplicates.merge("Fica " + word);
        assertThat(preview.winnerHeading()).isEqualTo("Fica: Fica " + word);
        assertThat(preview.loserHeading()).isEqualTo("Sai: Sai " + word);

        ClientProfilePage profile = preview.keep("email", keptEmail).mergeAndConfirm();

        assertThat(profile.id()).isEqualTo(winner);
        assertThat(profile.heading()).isEqualTo("Fica " + word);
        assertThat(profile.growlSaying("mesclado")).contains("Sai " + word + " foi mesclado em Fica " + word);
        assertThat(profile.tab("Dados pessoais")).contains(keptEmail);
        assertThat(profile.history()).anySatisfy(row -> {
            assertThat(row.subList(1, 4)).containsExactly(PETHOTEL_MANAGER, "Mesclagem", "Cliente mesclado");
            assertThat(row.get(4)).contains("Sai " + word).contains("id " + loser);
        });
        assertThat(Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).get("/api/v1/clients/" + loser).status()).isEqualTo(404);
    }

    @Test
    void typingAnEmailAnotherClientHasWarnsWithALinkToThatClient() {
        String word = TestData.uniqueWord();
        String email = TestData.uniqueEmail(word);
        long existing = client("Existente " + word, email, null);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        EditClientPage.DuplicateWarning warning = EditClientPage.openNew(browser).name("Novo " + word).email(email)
                .duplicateWarningAfterLeaving("email");

        assertThat(warning.text()).isEqualTo("Já existe cliente com este e-mail: Existente " + word);
        assertThat(warning.link()).endsWith("/clients/view.xhtml?id=" + existing);
    }

    @Test
    void aCpfAnotherClientHasIsRefusedNextToTheFieldWithALinkToThatClient() {
        String word = TestData.uniqueWord();
        String cpf = TestData.newCpf();
        Api.Reply existing = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/clients", Json.createObjectBuilder()
                .add("kind", "PERSON").add("name", "Dona " + word).add("document", cpf).build().toString());
        assertThat(existing.status()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        EditClientPage form = EditClientPage.openNew(browser).name("Outra " + word).document(cpf);
        form.save();

        assertThat(form.errorNextTo("document")).isEqualTo("Já existe um cliente com este CPF: Dona " + word + ".");
        assertThat(form.documentOwnerLink())
                .endsWith("/clients/view.xhtml?id=" + existing.json().getJsonNumber("id").longValue());
    }

    @Test
    void staffGetsTheNotFoundPageForTheMergePreview() {
        String word = TestData.uniqueWord();
        long one = client("Um " + word, null, null);
        long two = client("Dois " + word, null, null);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        browser.open(MergeClientsPage.path(one, two));

        assertThat(NotFoundPage.current(browser).text()).doesNotContain("Um " + word);
    }

    private static long client(String name, String email, String phone) {
        var body = Json.createObjectBuilder().add("kind", "PERSON").add("name", name);
        if (email != null) {
            body.add("email", email);
        }
        if (phone != null) {
            body.add("phone", phone);
        }
        Api.Reply reply = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/clients", body.build().toString());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }
}
