package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditQuotePage;
import br.com.clientela.system.pages.QuotePage;
import br.com.clientela.system.pages.QuotesPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Quotes in a real browser: made with a catalog line and a free line, totals as typed, sent, accepted, listed. */
@ExtendWith(DeployedClientela.class)
class QuotesPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aQuoteOfTwoLinesShowsItsTotalsAndIsSentAcceptedAndListed() {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Orçado " + word);
        String itemWord = ClientData.uniqueWord();
        String item = "Hidratação " + itemWord;
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + item + "\",\"unitPrice\":75}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        EditQuotePage edit = QuotesPage.open(browser).newQuote()
                .client(word, client.name())
                .catalogItem(0, itemWord, item);
        assertThat(edit.description(0)).isEqualTo(item);
        assertThat(edit.unitPrice(0)).isEqualTo("R$ 75,00");
        edit.quantity(0, "2");
        assertThat(edit.lineTotal(0)).isEqualTo("R$ 150,00");
        edit.addLine().description(1, "Transporte").unitPrice(1, "25,50").discount(1, "5,50");
        assertThat(edit.lineTotal(1)).isEqualTo("R$ 20,00");
        assertThat(edit.gross()).isEqualTo("R$ 175,50");
        assertThat(edit.discount()).isEqualTo("R$ 5,50");
        assertThat(edit.total()).isEqualTo("R$ 170,00");

        QuotePage quote = edit.save();
        assertThat(quote.growlSaying("criado")).contains("Orçamento nº");
        String number = quote.heading().replace("Orçamento nº ", "");
        assertThat(quote.status()).isEqualTo("Rascunho");
        assertThat(quote.total()).isEqualTo("R$ 170,00");
        assertThat(quote.lineDescriptions()).containsExactly(item, "Transporte");
        assertThat(quote.offers("accept")).isFalse();

        quote.send().accept();
        quote.waitForStatus("Enviado");
        assertThat(quote.offers("edit")).isFalse();
        assertThat(quote.offers("send")).isFalse();
        quote.accept().accept();
        quote.waitForStatus("Aceito");
        assertThat(quote.history()).containsExactly("Criado como Rascunho", "Rascunho → Enviado", "Enviado → Aceito");
        assertThat(browser.driver().findElements(By.id("quoteView:conversionActions"))).hasSize(1);

        QuotesPage.Row row = QuotesPage.open(browser).search(word).waitForRow(number);
        assertThat(row.client()).isEqualTo(client.name());
        assertThat(row.total()).isEqualTo("R$ 170,00");
        assertThat(row.status()).isEqualTo("Aceito");
    }

    @Test
    void aQuoteStartedFromTheClientsTabRefusesAnEmptyLineAndIsRefusedWithAReason() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Recusa " + ClientData.uniqueWord());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        ClientProfilePage profile = ClientProfilePage.open(browser, client.id());
        assertThat(profile.tab("Orçamentos")).contains("Nenhum orçamento para este cliente.");

        browser.driver().findElement(By.id("profileForm:tabs:quotes:newQuote")).click();
        EditQuotePage edit = EditQuotePage.current(browser);
        assertThat(edit.client()).startsWith(client.name());
        assertThat(edit.saveRefused("lines:0:description")).isEqualTo("Descreva o item ou escolha um do catálogo.");
        QuotePage quote = edit.description(0, "Adestramento").unitPrice(0, "300").save();
        quote.send().accept();
        quote.waitForStatus("Enviado");

        quote.reject("Vai pensar até o mês que vem");

        quote.waitForStatus("Recusado");
        assertThat(browser.driver().findElement(By.id("quoteView:history")).getText())
                .contains("Enviado → Recusado").contains("Vai pensar até o mês que vem");
        assertThat(quote.offers("accept")).isFalse();
        assertThat(ClientProfilePage.open(browser, client.id()).tab("Orçamentos")).contains("Recusado")
                .contains("R$ 300,00");
    }
}
