package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.payments.control.PixBrCode;
import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoices over the API on the deployed EAR: issue, pay in parts, the PIX charge (a BR Code whose CRC checks
 * out, and its QR image), the PDF, bad input refused field by field in pt-BR, another company's invoice and
 * client not found, and a paid invoice that cannot be cancelled.
 */
@ExtendWith(DeployedClientela.class)
class InvoicesApiIT {

    private static final String KEY = "Idempotency-Key";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void issuePayInPartsAndTheListFollowsTheStatus() {
        long client = client();

        Api.Reply issued = staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now().plusDays(7),
                "150.00"));

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.header("Location")).endsWith("/api/v1/invoices/" + id(issued));
        JsonObject invoice = issued.json();
        assertThat(invoice.getString("status")).isEqualTo("PENDING");
        assertThat(invoice.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("290.00");
        assertThat(invoice.getJsonArray("lines")).hasSize(2);

        Api.Reply part = staff.post(payments(id(issued)), "{\"amount\": 90.00, \"method\": \"PIX\"}", KEY, key());
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        assertThat(part.json().getString("invoiceStatus")).isEqualTo("PARTIALLY_PAID");
        Api.Reply rest = staff.post(payments(id(issued)), "{\"amount\": 200, \"method\": \"CASH\"}", KEY, key());
        assertThat(rest.json().getString("invoiceStatus")).as(rest.toString()).isEqualTo("PAID");

        assertThat(staff.get(payments(id(issued))).json().getInt("total")).isEqualTo(2);
        JsonObject list = staff.get("/api/v1/invoices?status=PAID&clientId=" + client).json();
        assertThat(list.getInt("total")).isEqualTo(1);
        assertThat(list.getJsonArray("items").getJsonObject(0).getJsonNumber("number").longValue())
                .isEqualTo(invoice.getJsonNumber("number").longValue());
        assertThat(staff.get("/api/v1/invoices?status=PENDING&clientId=" + client).json().getInt("total")).isZero();
        assertThat(staff.get("/api/v1/invoices?q=" + invoice.getJsonNumber("number") + "&clientId=" + client).json()
                .getInt("total")).isEqualTo(1);
    }

    @Test
    void theOpenInvoicesPixIsABrCodeWhoseCrcChecksOutAndThePdfSaysFaturaNumber() throws IOException {
        long id = id(staff.post("/api/v1/invoices", invoice(client(), LocalDate.now(), LocalDate.now(), "150.00")));
        staff.post(payments(id), "{\"amount\": 40.00, \"method\": \"TRANSFER\"}", KEY, key());

        Api.Reply pix = staff.get("/api/v1/invoices/" + id + "/pix");

        assertThat(pix.status()).as(pix.toString()).isEqualTo(200);
        String payload = pix.json().getString("payload");
        assertThat(payload).startsWith("000201").contains("br.gov.bcb.pix").contains("5406250.00")
                .matches(".*6304[0-9A-F]{4}$");
        assertThat(payload.substring(payload.length() - 4))
                .isEqualTo(PixBrCode.crc16(payload.substring(0, payload.length() - 4)));
        assertThat(pix.json().getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("250.00");
        long number = staff.get("/api/v1/invoices/" + id).json().getJsonNumber("number").longValue();
        assertThat(pix.json().getString("txid")).isEqualTo(Long.toString(number));
        assertThat(staff.get("/api/v1/invoices/" + id).json().getJsonObject("pix").getString("payload"))
                .isEqualTo(payload);

        HttpResponse<byte[]> png = binary("/api/v1/invoices/" + id + "/pix?format=png", "image/png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(png.body(), 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        HttpResponse<byte[]> pdf = binary("/api/v1/invoices/" + id + "/pdf", "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String text = text(pdf.body());
        assertThat(text).contains("Fatura nº " + number, "Vencimento", "Situação", "Parcialmente paga", "Em aberto",
                "R$ 250,00", "Pague com PIX");
    }

    @Test
    void badInputIsRefusedFieldByFieldInPortugueseAndNothingMoves() {
        long client = client();
        long id = id(staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now(), "10.00")));

        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 0, \"method\": \"PIX\"}", KEY, key()), "amount",
                "maior que zero");
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": -5, \"method\": \"PIX\"}", KEY, key()), "amount",
                "maior que zero");
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 1.005, \"method\": \"PIX\"}", KEY, key()), "amount",
                "2 casas decimais");
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 1, \"method\": \"CHEQUE\"}", KEY, key()), "method",
                "Forma de pagamento desconhecida");
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 1, \"method\": \"PIX\"}", KEY, null), "idempotencyKey",
                "Idempotency-Key");
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 10.01, \"method\": \"PIX\"}", KEY, key()), "amount",
                "excede o valor em aberto de R$ 10,00");
        long walletsAccount = staff.get("/api/v1/financial-accounts").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(a -> "WALLET".equals(a.getString("code", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Problems.assertRefused(staff.post(payments(id), "{\"amount\": 1, \"method\": \"PIX\", \"accountId\": "
                + walletsAccount + "}", KEY, key()), "accountId", "saldo pré-pago dos clientes");
        assertThat(staff.get(payments(id)).json().getInt("total")).isZero();

        Problems.assertRefused(staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now().minusDays(1),
                "10.00")), "dueDate", "não pode ser antes da emissão");
        Problems.assertRefused(staff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"lines\": []}"), "lines",
                "pelo menos um item");
        Problems.assertRefused(staff.post("/api/v1/invoices", "{\"lines\": [{\"description\": \"x\", \"unitPrice\": 1}]}"),
                "clientId", "Escolha o cliente");
        Problems.assertRefused(staff.post("/api/v1/invoices", "{\"clientId\": " + client + ", \"lines\": [{\"description\": "
                + "\"Banho\", \"unitPrice\": 10.001}]}"), "lines[0].unitPrice", "2 casas decimais");
        Problems.assertRefused(staff.get("/api/v1/invoices?status=ATRASADA&from=ontem"), "status", "Situação desconhecida");
        Problems.assertRefused(staff.get("/api/v1/invoices?status=ATRASADA&from=ontem"), "from", "aaaa-mm-dd");
        assertThat(staff.get("/api/v1/invoices?clientId=" + client).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anotherCompanysInvoiceAndClientAreNotFound() {
        long client = client();
        long id = id(staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now(), "10.00")));
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        assertThat(clinica.get("/api/v1/invoices/" + id).status()).isEqualTo(404);
        assertThat(clinica.get("/api/v1/invoices/" + id + "/pix").status()).isEqualTo(404);
        assertThat(clinica.get("/api/v1/invoices/" + id + "/payments").status()).isEqualTo(404);
        Api.Reply pay = clinica.post(payments(id), "{\"amount\": 1, \"method\": \"PIX\"}", KEY, key());
        assertThat(pay.status()).as(pay.toString()).isEqualTo(404);
        assertThat(pay.json().getString("detail")).isEqualTo("Fatura não encontrada.");
        Api.Reply cancel = clinica.post("/api/v1/invoices/" + id + "/cancel", "{\"reason\": \"x\"}");
        assertThat(cancel.status()).isEqualTo(404);
        Api.Reply issue = clinica.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now(), "1.00"));
        assertThat(issue.status()).as(issue.toString()).isEqualTo(404);
        assertThat(issue.json().getString("detail")).isEqualTo("Cliente não encontrado.");
        assertThat(clinica.get("/api/v1/invoices?clientId=" + client).json().getInt("total")).isZero();
        assertThat(Api.anonymous().get("/api/v1/invoices/" + id).status()).isEqualTo(401);
        assertThat(staff.get("/api/v1/invoices/" + id).json().getString("status")).isEqualTo("PENDING");
    }

    @Test
    void aPaidInvoiceCannotBeCancelledAndAnUnpaidOneCanWithAReason() {
        long client = client();
        long paid = id(staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now(), "10.00")));
        staff.post(payments(paid), "{\"amount\": 10, \"method\": \"CARD\"}", KEY, key());

        Api.Reply refused = staff.post("/api/v1/invoices/" + paid + "/cancel", "{\"reason\": \"Engano\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).isEqualTo("Uma fatura paga não pode ser cancelada.");
        long open = id(staff.post("/api/v1/invoices", invoice(client, LocalDate.now(), LocalDate.now(), "10.00")));
        Problems.assertRefused(staff.post("/api/v1/invoices/" + open + "/cancel", "{}"), "reason", "motivo");
        Api.Reply cancelled = staff.post("/api/v1/invoices/" + open + "/cancel", "{\"reason\": \"Duplicada\"}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(staff.post(payments(open), "{\"amount\": 1, \"method\": \"PIX\"}", KEY, key()).status())
                .isEqualTo(409);
        assertThat(staff.get("/api/v1/invoices/" + open + "/pix").status()).isEqualTo(409);
    }

    @Test
    void aReplayedPaymentAnswersTheFirstAndTheSameKeyForAnotherAmountIsAConflict() {
        long id = id(staff.post("/api/v1/invoices", invoice(client(), LocalDate.now(), LocalDate.now(), "10.00")));
        String key = key();

        Api.Reply first = staff.post(payments(id), "{\"amount\": 10, \"method\": \"PIX\"}", KEY, key);
        Api.Reply again = staff.post(payments(id), "{\"amount\": 10, \"method\": \"PIX\"}", KEY, key);
        Api.Reply other = staff.post(payments(id), "{\"amount\": 11, \"method\": \"PIX\"}", KEY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getBoolean("replayed")).isTrue();
        assertThat(other.status()).isEqualTo(409);
        assertThat(staff.get("/api/v1/invoices/" + id).json().getJsonNumber("amountPaid").bigDecimalValue())
                .isEqualByComparingTo("10.00");
    }

    /** Two lines, "Diária" × 2 at {@code price} less R$ 10,00 and a free "Banho": the total is 2 × price − 10. */
    private static String invoice(long client, LocalDate issue, LocalDate due, String price) {
        return "{\"clientId\": " + client + ", \"issueDate\": \"" + issue + "\", \"dueDate\": \"" + due + "\", "
                + "\"notes\": \"Obrigado!\", \"lines\": [{\"description\": \"Diária\", \"quantity\": 2, "
                + "\"unitPrice\": " + price + ", \"discount\": 10}, {\"description\": \"Banho\", \"unitPrice\": 0}]}";
    }

    private static HttpResponse<byte[]> binary(String path, String accept) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(HttpRequest
                    .newBuilder(URI.create(DeployedClientela.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", accept)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((PETHOTEL_STAFF + ":"
                            + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return text.toString();
    }

    private static long id(Api.Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Could not issue an invoice for the test: " + reply);
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    private static long client() {
        return ClientData.person(PETHOTEL_STAFF, "Fatura " + ClientData.uniqueWord()).id();
    }

    private static String payments(long id) {
        return "/api/v1/invoices/" + id + "/payments";
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
