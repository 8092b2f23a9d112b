package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quotes (orçamentos) over the API: numbers that follow each other, totals of catalog and free lines, every bad
 * input refused field by field in pt-BR with nothing saved, the states moved only along the allowed arrows (409
 * otherwise, nothing changed), another company's quote and client a 404, and the PDF in Portuguese.
 */
@ExtendWith(DeployedClientela.class)
class QuotesApiIT {

    private static final String QUOTES = "/api/v1/quotes";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aQuoteOfACatalogAndAFreeLineHasItsTotalsAndTheNextNumber() {
        ClientData.NewClient client = client();
        JsonObject item = catalogItem("Banho " + ClientData.uniqueWord(), "80.00");
        long itemId = item.getJsonNumber("id").longValue();

        Api.Reply first = staff.post(QUOTES, body(client.id(), inDays(30), "Pagamento na entrega.",
                "{\"catalogItemId\": " + itemId + ", \"quantity\": 2, \"discount\": 10}",
                "{\"description\": \"Taxa de transporte\", \"quantity\": 1.5, \"unitPrice\": 33.33}"));
        Api.Reply second = staff.post(QUOTES, body(client.id(), inDays(10), null,
                "{\"description\": \"Tosa\", \"unitPrice\": 50}"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonObject quote = first.json();
        long id = quote.getJsonNumber("id").longValue();
        assertThat(first.header("Location")).endsWith(QUOTES + "/" + id);
        assertThat(quote.getString("status")).isEqualTo("DRAFT");
        assertThat(quote.getString("clientName")).isEqualTo(client.name());
        assertThat(quote.getString("createdBy")).isEqualTo(PETHOTEL_STAFF);
        List<JsonObject> lines = quote.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getString("description")).isEqualTo(item.getString("name"));
        assertThat(lines.get(0).getJsonNumber("unitPrice").toString()).isEqualTo("80.00");
        assertThat(lines.get(0).getJsonNumber("total").toString()).isEqualTo("150.00");
        assertThat(lines.get(1).get("catalogItemId")).isIn(null, JsonValue.NULL);
        // 1,5 × 33,33 = 49,995, rounded half-even to cents
        assertThat(lines.get(1).getJsonNumber("total").toString()).isEqualTo("50.00");
        assertThat(quote.getJsonNumber("gross").toString()).isEqualTo("210.00");
        assertThat(quote.getJsonNumber("discount").toString()).isEqualTo("10.00");
        assertThat(quote.getJsonNumber("total").toString()).isEqualTo("200.00");
        assertThat(quote.getJsonArray("next").getString(0)).isEqualTo("SENT");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().getJsonNumber("number").longValue())
                .isEqualTo(quote.getJsonNumber("number").longValue() + 1);
        List<JsonObject> history = staff.get(QUOTES + "/" + id + "/history").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getString("to")).isEqualTo("DRAFT");
        assertThat(history.get(0).getString("actor")).isEqualTo(PETHOTEL_STAFF);
        JsonObject listed = staff.get(QUOTES + "?clientId=" + client.id()).json();
        assertThat(listed.getInt("total")).isEqualTo(2);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonNumber("number").longValue())
                .isEqualTo(second.json().getJsonNumber("number").longValue());
        assertThat(staff.get(QUOTES + "?q=" + client.name().split(" ")[1]).json().getInt("total")).isEqualTo(2);
        assertThat(staff.get(QUOTES + "?q=" + quote.getJsonNumber("number") + "&clientId=" + client.id()).json()
                .getInt("total")).isEqualTo(1);
    }

    @Test
    void badLinesValidityAndClientsAreRefusedFieldByFieldInPortugueseAndNothingIsSaved() {
        ClientData.NewClient client = client();
        long id = client.id();

        Problems.assertRefused(staff.post(QUOTES, body(id, inDays(5), null)), "lines", "pelo menos um item");
        Problems.assertRefused(staff.post(QUOTES, body(id, inDays(5), null,
                "{\"description\": \"Banho\", \"quantity\": 0, \"unitPrice\": 10}")), "lines[0].quantity",
                "maior que zero");
        Problems.assertRefused(staff.post(QUOTES, body(id, inDays(5), null,
                "{\"description\": \"Banho\", \"quantity\": -2, \"unitPrice\": 10}")), "lines[0].quantity",
                "maior que zero");
        Api.Reply discount = staff.post(QUOTES, body(id, inDays(5), null,
                "{\"description\": \"Banho\", \"unitPrice\": 10}",
                "{\"description\": \"Tosa\", \"quantity\": 2, \"unitPrice\": 10, \"discount\": 20.01}"));
        Problems.assertRefused(discount, "lines[1].discount", "maior que o valor do item");
        assertThat(Problems.errors(discount).get("lines[1].discount")).contains("R$ 20,01").contains("R$ 20,00");
        Problems.assertRefused(staff.post(QUOTES, body(id, inDays(5), null,
                "{\"description\": \"Banho\", \"unitPrice\": 10.005}")), "lines[0].unitPrice", "2 casas decimais");
        Problems.assertRefused(staff.post(QUOTES, body(id, inDays(5), null, "{\"quantity\": 1}")), "lines[0].description",
                "Descreva o item");
        Api.Reply past = staff.post(QUOTES, body(id, LocalDate.now().minusDays(1).toString(), null,
                "{\"description\": \"Banho\", \"unitPrice\": 10}", "{\"description\": \"Tosa\"}"));
        Problems.assertRefused(past, "validUntil", "não pode ser anterior a hoje");
        assertThat(Problems.errors(past)).containsKey("lines[1].unitPrice");
        Problems.assertRefused(staff.post(QUOTES, "{\"clientId\": " + id + ", \"lines\": [{\"description\": \"Banho\", "
                + "\"unitPrice\": 10}]}"), "validUntil", "Informe a validade");
        Problems.assertRefused(staff.post(QUOTES, "{\"validUntil\": \"" + inDays(3) + "\", \"lines\": [{\"description\": "
                + "\"Banho\", \"unitPrice\": 10}]}"), "clientId", "Escolha o cliente");

        Api.Reply unknown = staff.post(QUOTES, body(999_999_999L, inDays(5), null,
                "{\"description\": \"Banho\", \"unitPrice\": 10}"));
        long clinicaClient = ClientData.person(CLINICA_ADMIN, "Clínica " + ClientData.uniqueWord()).id();
        Api.Reply otherCompanys = staff.post(QUOTES, body(clinicaClient, inDays(5), null,
                "{\"description\": \"Banho\", \"unitPrice\": 10}"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.json().getString("detail")).isEqualTo("Cliente não encontrado.");
        assertThat(otherCompanys.status()).as(otherCompanys.toString()).isEqualTo(404);

        assertThat(staff.get(QUOTES + "?clientId=" + id).json().getInt("total")).isZero();
        Api.Reply badStatus = staff.get(QUOTES + "?status=PAGO");
        Problems.assertRefused(badStatus, "status", "Situação desconhecida");
    }

    @Test
    void statesMoveOnlyAlongTheAllowedArrowsAndARefusalChangesNothing() {
        long id = draft(client().id());

        Api.Reply acceptDraft = staff.post(QUOTES + "/" + id + "/accept", "{}");
        Api.Reply rejectDraft = staff.post(QUOTES + "/" + id + "/reject", "{\"reason\": \"caro\"}");
        assertConflict(acceptDraft, "Este orçamento está Rascunho e não pode ser aceito. Envie-o primeiro.");
        assertConflict(rejectDraft, "Este orçamento está Rascunho e não pode ser recusado. Envie-o primeiro.");
        assertThat(status(id)).isEqualTo("DRAFT");

        Api.Reply sent = staff.post(QUOTES + "/" + id + "/send", "{}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().getString("status")).isEqualTo("SENT");
        assertConflict(staff.post(QUOTES + "/" + id + "/send", "{}"), "Este orçamento está Enviado e não pode ser "
                + "enviado. Ele já foi enviado.");
        Api.Reply edit = staff.put(QUOTES + "/" + id, body(client().id(), inDays(3), null,
                "{\"description\": \"Outro\", \"unitPrice\": 1}"));
        assertConflict(edit, "Este orçamento está Enviado e não pode ser alterado");
        assertConflict(staff.delete(QUOTES + "/" + id), "Este orçamento está Enviado e não pode ser excluído");

        Api.Reply accepted = staff.post(QUOTES + "/" + id + "/accept", "{}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertConflict(staff.post(QUOTES + "/" + id + "/reject", "{}"), "Este orçamento está Aceito e não pode ser "
                + "recusado.");

        JsonObject after = staff.get(QUOTES + "/" + id).json();
        assertThat(after.getString("status")).isEqualTo("ACCEPTED");
        assertThat(after.getJsonNumber("total").toString()).isEqualTo("100.00");
        assertThat(after.getJsonArray("lines")).hasSize(1);
        assertThat(after.getJsonArray("next").getString(0)).isEqualTo("CONVERTED");
        List<String> steps = after.getJsonArray("history").getValuesAs(JsonValue::asJsonObject).stream()
                .map(step -> step.getString("to")).toList();
        assertThat(steps).containsExactly("DRAFT", "SENT", "ACCEPTED");
    }

    @Test
    void aRefusalKeepsItsReasonAndAManagerEditsAndDeletesADraft() {
        long client = client().id();
        long refused = draft(client);
        staff.post(QUOTES + "/" + refused + "/send", "{}");

        Api.Reply reject = staff.post(QUOTES + "/" + refused + "/reject", "{\"reason\": \"Achou caro\"}");

        assertThat(reject.status()).as(reject.toString()).isEqualTo(200);
        assertThat(reject.json().getString("status")).isEqualTo("REJECTED");
        JsonObject last = reject.json().getJsonArray("history").getJsonObject(2);
        assertThat(last.getString("from")).isEqualTo("SENT");
        assertThat(last.getString("reason")).isEqualTo("Achou caro");
        assertThat(last.getString("actor")).isEqualTo(PETHOTEL_STAFF);
        assertConflict(staff.post(QUOTES + "/" + refused + "/accept", "{}"), "Este orçamento está Recusado");

        Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
        long draft = draft(client);
        Api.Reply edited = manager.put(QUOTES + "/" + draft, body(client, inDays(7), "Novo prazo",
                "{\"description\": \"Hospedagem\", \"quantity\": 3, \"unitPrice\": 120, \"discount\": 60}"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().getJsonNumber("total").toString()).isEqualTo("300.00");
        assertThat(edited.json().getString("notes")).isEqualTo("Novo prazo");
        assertThat(manager.delete(QUOTES + "/" + draft).status()).isEqualTo(204);
        assertThat(staff.get(QUOTES + "/" + draft).status()).isEqualTo(404);
        assertThat(Api.anonymous().get(QUOTES).status()).isEqualTo(401);
    }

    @Test
    void anotherCompanysQuoteIsNotFoundForEveryOperation() {
        long id = draft(client().id());
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

        assertThat(clinica.get(QUOTES + "/" + id).status()).isEqualTo(404);
        assertThat(clinica.get(QUOTES + "/" + id + "/history").status()).isEqualTo(404);
        assertThat(clinica.get(QUOTES + "/" + id + "/pdf").status()).isEqualTo(404);
        assertThat(clinica.put(QUOTES + "/" + id, body(1L, inDays(3), null, "{\"description\": \"x\", "
                + "\"unitPrice\": 1}")).status()).isEqualTo(404);
        Api.Reply send = clinica.post(QUOTES + "/" + id + "/send", "{}");
        assertThat(send.status()).as(send.toString()).isEqualTo(404);
        assertThat(send.json().getString("detail")).isEqualTo("Orçamento não encontrado.");
        assertThat(clinica.delete(QUOTES + "/" + id).status()).isEqualTo(404);

        assertThat(status(id)).isEqualTo("DRAFT");
        assertThat(staff.get(QUOTES + "/" + id).status()).isEqualTo(200);
    }

    @Test
    void thePdfIsAPortugueseQuoteWithTheClientAndTheTotal() throws Exception {
        ClientData.NewClient client = client();
        long id = draft(client.id());
        long number = staff.get(QUOTES + "/" + id).json().getJsonNumber("number").longValue();

        HttpResponse<byte[]> pdf = download(QUOTES + "/" + id + "/pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"orcamento-" + number + ".pdf\"");
        String text = text(pdf.body());
        assertThat(text).contains("Orçamento nº " + number, client.name(), "CPF " + ClientData.masked(client.cpf()),
                "Validade", "Situação", "Rascunho", "Hospedagem", "R$ 100,00");
    }

    private long draft(long clientId) {
        Api.Reply created = staff.post(QUOTES, body(clientId, inDays(20), null,
                "{\"description\": \"Hospedagem\", \"quantity\": 1, \"unitPrice\": 100}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private String status(long id) {
        return staff.get(QUOTES + "/" + id).json().getString("status");
    }

    private static ClientData.NewClient client() {
        return ClientData.person(PETHOTEL_STAFF, "Orçamento " + ClientData.uniqueWord());
    }

    private static JsonObject catalogItem(String name, String price) {
        Api.Reply created = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"kind\":\"SERVICE\",\"name\":\"" + name + "\",\"unitPrice\":" + price + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static String body(long clientId, String validUntil, String notes, String... lines) {
        return "{\"clientId\": " + clientId + ", \"validUntil\": \"" + validUntil + "\""
                + (notes == null ? "" : ", \"notes\": \"" + notes + "\"")
                + ", \"lines\": [" + String.join(", ", lines) + "]}";
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    private static void assertConflict(Api.Reply reply, String message) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).startsWith(message);
    }

    /** A GET of binary content as the staff member (the shared Api reads text). */
    private static HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((PETHOTEL_STAFF + ":" + DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + basic).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
            return text.toString();
        }
    }
}
