package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.InvoicePage;
import br.com.clientela.system.pages.InvoicesPage;
import br.com.clientela.system.pages.NewInvoicePage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invoices in a real browser: issue one on the page (client picked by autocomplete, lines typed, live total),
 * see its PIX "copia e cola" while it is open, pay part of it, then the rest, and see it PAID.
 */
@ExtendWith(DeployedClientela.class)
class InvoicesPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anInvoiceIssuedOnThePageShowsItsPixAndIsPaidInTwoParts() {
        String name = "Fatura " + ClientData.uniqueWord();
        long client = ClientData.person(PETHOTEL_STAFF, name).id();
        String item = "Banho " + ClientData.uniqueWord();
        Api.Reply created = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD).post("/api/v1/catalog", "{\"kind\": \"SERVICE\", "
                + "\"name\": \"" + item + "\", \"unitPrice\": 30.00}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        NewInvoicePage form = NewInvoicePage.open(browser).client(name.substring(7), name)
                .line(0, "Hospedagem " + ClientData.uniqueWord(), "2", "60,00")
                .addLine()
                .catalogLine(1, item.substring(6), item);
        assertThat(form.unitPrice(1)).isEqualTo("R$ 30,00");
        assertThat(form.total()).isEqualTo("R$ 150,00");
        InvoicePage invoice = form.issue();

        assertThat(invoice.heading()).startsWith("Fatura nº ");
        assertThat(invoice.status()).isEqualTo("Pendente");
        assertThat(invoice.amountDue()).isEqualTo("R$ 150,00");
        assertThat(invoice.pixPayload()).startsWith("000201").contains("br.gov.bcb.pix").contains("5406150.00");
        assertThat(invoice.prefilledAmount()).isEqualTo("R$ 150,00");

        invoice.pay("100,00", null).waitForAmountDue("R$ 50,00");
        assertThat(invoice.status()).isEqualTo("Parcialmente paga");
        assertThat(invoice.pixPayload()).contains("540550.00");

        invoice.pay(null, "Dinheiro").waitForAmountDue("R$ 0,00");
        assertThat(invoice.status()).isEqualTo("Paga");
        assertThat(invoice.pixPayload()).isEmpty();
        assertThat(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/invoices?status=PAID&clientId=" + client).json()
                .getInt("total")).isEqualTo(1);
    }

    @Test
    void theListShowsAnOverdueInvoiceInRedAndTheClientsTabListsItsInvoices() {
        String name = "Atrasada " + ClientData.uniqueWord();
        long client = ClientData.person(PETHOTEL_STAFF, name).id();
        Api.Reply issued = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/invoices", "{\"clientId\": " + client
                + ", \"issueDate\": \"" + LocalDate.now().minusDays(5) + "\", \"dueDate\": \""
                + LocalDate.now().minusDays(1) + "\", \"lines\": [{\"description\": \"Banho\", \"unitPrice\": 80}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long number = issued.json().getJsonNumber("number").longValue();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        InvoicesPage list = InvoicesPage.open(browser).search(name.substring(9));

        assertThat(list.rows()).singleElement().satisfies(row -> assertThat(row)
                .startsWith(number + " | " + name + " | Vencida | ").contains("ui-tag-danger"));
        ClientProfilePage.open(browser, client).tab("Faturas");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("profileForm:tabs:clientInvoices"))
                .getText()).contains(Long.toString(number), "R$ 80,00", "Vencida");
    }
}
