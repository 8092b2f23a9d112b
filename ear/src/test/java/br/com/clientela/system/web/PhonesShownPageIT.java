package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientsPage;
import br.com.clientela.system.pages.InvoicePage;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Phones read "(11) 98765-4321" wherever they are shown: the clients list and the invoice's PDF. */
@ExtendWith(DeployedClientela.class)
class PhonesShownPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theListAndTheInvoicePdfShowThePhoneFormatted() throws IOException {
        String word = ClientData.uniqueWord();
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Fone " + word);
        Api.Reply issued = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).post("/api/v1/invoices", "{\"clientId\": " + client.id()
                + ", \"issueDate\": \"" + LocalDate.now() + "\", \"dueDate\": \"" + LocalDate.now().plusDays(7)
                + "\", \"lines\": [{\"description\": \"Diária\", \"quantity\": 1, \"unitPrice\": 80.00}]}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long invoiceId = issued.json().getJsonNumber("id").longValue();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        assertThat(ClientsPage.open(browser).search(word).waitForRow(client.name()).phone()).isEqualTo("(11) 98765-4321");

        InvoicePage.open(browser, invoiceId).downloadPdf();
        String text = text(browser.awaitDownload(".pdf"));
        assertThat(text).contains(client.name()).contains("(11) 98765-4321").doesNotContain("+5511987654321");
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
