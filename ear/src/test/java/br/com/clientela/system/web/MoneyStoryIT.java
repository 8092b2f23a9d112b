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
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.EditQuotePage;
import br.com.clientela.system.pages.InvoicePage;
import br.com.clientela.system.pages.QuotePage;
import br.com.clientela.system.pages.QuotesPage;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The money story of issue 6 in Chromium, as staff live it: a quote is made, sent, accepted and converted into
 * an invoice; the client pays half by PIX and half from the wallet; the invoice is PAID; its PDF downloads and
 * reads right; the client's financial summary and the client list's cards show the new numbers.
 */
@ExtendWith(DeployedClientela.class)
class MoneyStoryIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void quoteToInvoicePaidHalfByPixHalfFromTheWalletWithPdfSummaryAndCards() throws IOException {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Pagante " + word);
        String item = "Pacote hotel " + word;
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + item + "\",\"unitPrice\":\"100.00\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply topUp = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/clients/" + client.id()
                + "/wallet/credit", "{\"amount\":\"150.00\",\"method\":\"CASH\"}", "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(201);
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        ClientsPage list = ClientsPage.open(browser).search(word);
        list.waitForRow(client.name());
        // The top-up is money received, though nothing was bought yet.
        assertThat(list.metric("Sales")).isEqualTo("R$ 150,00");
        assertThat(list.waitForRow(client.name()).stage()).isEqualTo("Contato");

        // The quote: two of the catalog item, R$ 200,00.
        EditQuotePage edit = QuotesPage.open(browser).newQuote().client(word, client.name()).catalogItem(0, word, item);
        edit.quantity(0, "2");
        assertThat(edit.total()).isEqualTo("R$ 200,00");
        QuotePage quote = edit.save();
        String quoteNumber = quote.heading().replace("Orçamento nº ", "");
        long quoteId = quote.id();
        quote.send().accept();
        quote.waitForStatus("Enviado");
        quote.accept().accept();
        quote.waitForStatus("Aceito");

        // Converted into an invoice, which opens.
        browser.driver().findElement(By.id("quoteView:convertToInvoice")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("convertForm:confirmConvert"))).click();
        browser.waiting().until(ExpectedConditions.urlContains("/invoices/view"));
        InvoicePage invoice = InvoicePage.current(browser);
        assertThat(invoice.heading()).startsWith("Fatura nº ");
        String invoiceNumber = invoice.heading().replace("Fatura nº ", "");
        assertThat(invoice.status()).isEqualTo("Pendente");
        assertThat(invoice.amountDue()).isEqualTo("R$ 200,00");
        assertThat(invoice.pixPayload()).startsWith("000201").contains("br.gov.bcb.pix").contains("5406200.00");
        String invoiceAddress = browser.driver().getCurrentUrl();
        assertThat(QuotePage.open(browser, quoteId).status()).isEqualTo("Convertido");
        browser.driver().get(invoiceAddress);
        invoice = InvoicePage.current(browser);

        // Half by PIX, half from the wallet.
        invoice.pay("100,00", "PIX").waitForAmountDue("R$ 100,00");
        assertThat(invoice.status()).isEqualTo("Parcialmente paga");
        invoice.pay(null, "Carteira (saldo: R$ 150,00)").waitForAmountDue("R$ 0,00");
        assertThat(invoice.status()).isEqualTo("Paga");

        // The PDF downloads, opens and says what was sold, to whom, and that nothing is due.
        invoice.downloadPdf();
        Path pdf = browser.awaitDownload(".pdf");
        String text = text(pdf);
        assertThat(text).contains("Fatura nº " + invoiceNumber, client.name(), item, "R$ 200,00",
                "orçamento nº " + quoteNumber).doesNotContain("Pague com PIX");

        // The client's summary: R$ 250,00 paid in, nothing due, R$ 50,00 left in the wallet, two payments.
        ClientProfilePage profile = ClientProfilePage.open(browser, client.id());
        // Paid in: the R$ 150,00 top-up and R$ 100,00 by PIX; the wallet payment is not counted again.
        assertThat(profile.financial("totalSpent")).isEqualTo("R$ 250,00");
        assertThat(profile.financial("amountDue")).isEqualTo("R$ 0,00");
        assertThat(profile.financial("walletBalance")).isEqualTo("R$ 50,00");
        assertThat(profile.financialList("lastPayments")).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("R$ 100,00").contains("PIX"))
                .anySatisfy(line -> assertThat(line).contains("R$ 100,00").contains("Carteira"));
        assertThat(profile.stage()).isEqualTo("Cliente");

        // The list: the client is a customer and the sales card counts what was paid.
        list = ClientsPage.open(browser).search(word);
        list.waitForMetric("Sales", "R$ 250,00");
        assertThat(list.waitForRow(client.name()).stage()).isEqualTo("Cliente");
    }

    private static String text(Path pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(Files.newInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return text.toString();
    }
}
