package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientsPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list's CSV export, from the page: the button downloads the spreadsheet of the clients the filter matches
 * (it showed "Algo deu errado": the download was handed a Boolean instead of the file).
 */
@ExtendWith(DeployedClientela.class)
class ClientsExportPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theExportButtonDownloadsTheMatchingClientsAsACsvWithPtBrHeaders() throws IOException {
        String word = ClientData.uniqueWord();
        ClientData.NewClient ana = ClientData.person(PETHOTEL_STAFF, "Ana " + word);
        ClientData.NewClient bruno = ClientData.person(PETHOTEL_STAFF, "Bruno " + word);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientsPage list = ClientsPage.open(browser).search(word);
        list.waitForRow(ana.name());
        list.waitForRow(bruno.name());

        ClientsPage.BulkDialog dialog = list.openBulk("export");
        dialog.chooseAllMatching();
        dialog.download();

        Path csv = browser.awaitDownload("clientes.csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Nome;Tipo;CPF/CNPJ;Nome fantasia;E-mail;Telefone;Data de nascimento;Origem;"
                + "Situação;Estágio;Grupos;Cadastrado em;Atualizado em");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith(ana.name() + ";Pessoa física;" + ClientData.masked(ana.cpf()) + ";")
                .contains(";(11) 98765-4321;15/03/1990;");
        assertThat(lines.get(2)).startsWith(bruno.name() + ";Pessoa física;" + ClientData.masked(bruno.cpf()) + ";");
        assertThat(browser.driver().getPageSource()).doesNotContain("Algo deu errado");
    }
}
