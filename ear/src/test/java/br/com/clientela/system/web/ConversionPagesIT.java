package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.InvoicePage;
import br.com.clientela.system.pages.OrderEditPage;
import br.com.clientela.system.pages.QuotePage;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sales documents handed on in Chromium: an accepted quote becomes an order ("Converter em pedido"), the order
 * shows the quote's lines and is invoiced ("Faturar"), and the invoice opens pending with the same total; each page
 * then links to the next.
 */
@ExtendWith(DeployedClientela.class)
class ConversionPagesIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anAcceptedQuoteBecomesAnOrderWhichIsInvoicedPending() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Convertido " + ClientData.uniqueWord());
        long quoteId = acceptedQuote(client.id());
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        QuotePage quote = QuotePage.open(browser, quoteId);
        String quoteNumber = quote.heading().replace("Orçamento nº ", "");
        OrderEditPage order = quote.convertToOrder();

        assertThat(order.growlSaying("convertido")).contains("Orçamento nº " + quoteNumber);
        assertThat(order.heading()).startsWith("Pedido nº ");
        String orderNumber = order.heading().replace("Pedido nº ", "");
        long orderId = order.id();
        assertThat(order.lineCount()).isEqualTo(2);
        assertThat(order.lineDescription(0)).isEqualTo("Hospedagem");
        assertThat(order.lineDescription(1)).isEqualTo("Banho");
        assertThat(order.total()).isEqualTo("R$ 245,00");
        assertThat(order.invoiceLink()).isEmpty();

        InvoicePage invoice = order.invoice(null);

        assertThat(invoice.heading()).startsWith("Fatura nº ");
        String invoiceNumber = invoice.heading().replace("Fatura nº ", "");
        assertThat(invoice.total()).isEqualTo("R$ 245,00");
        assertThat(invoice.status()).isEqualTo("Pendente");
        assertThat(invoice.source()).isEqualTo("Pedido nº " + orderNumber);

        order = OrderEditPage.open(browser, orderId);
        assertThat(order.offersInvoicing()).isFalse();
        assertThat(order.invoiceLink()).isEqualTo("Ver fatura nº " + invoiceNumber);
        assertThat(QuotePage.open(browser, quoteId).convertedLink()).isEqualTo("Ver pedido nº " + orderNumber);
    }

    /** Two nights at R$ 100,00 and a bath at R$ 50,00 less R$ 5,00: R$ 245,00, sent and accepted. */
    private static long acceptedQuote(long clientId) {
        Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
        Api.Reply created = staff.post("/api/v1/quotes", "{\"clientId\": " + clientId + ", \"validUntil\": \""
                + LocalDate.now().plusDays(15) + "\", \"lines\": [{\"description\": \"Hospedagem\", \"quantity\": 2,"
                + " \"unitPrice\": 100}, {\"description\": \"Banho\", \"unitPrice\": 50, \"discount\": 5}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(staff.post("/api/v1/quotes/" + id + "/send", "{}").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/quotes/" + id + "/accept", "{}").status()).isEqualTo(200);
        return id;
    }
}
