package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.Problems;
import br.com.clientela.system.TestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Amounts beyond the numeric columns are refused field by field before the database: a line of 9,999,999,999.99
 * × 999,999,999 used to be a 500.
 */
@ExtendWith(DeployedClientela.class)
class MoneyBoundsIT {

    private static final String LINE_TOO_LARGE = "O valor do item (quantidade × preço unitário) passa do máximo de "
            + "R$ 9.999.999.999,99: reduza a quantidade ou o preço.";
    private static final String DOCUMENT_TOO_LARGE = "O total do documento passa do máximo de R$ 9.999.999.999,99: "
            + "divida os itens em mais de um documento.";

    private final Api staff = Api.as(PETHOTEL_STAFF, TestData.DEMO_PASSWORD);

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/quotes", "/api/v1/orders", "/api/v1/invoices"})
    void aLineBeyondTheLimitIs422OnItsQuantityAndNothingIsSaved(String documents) {
        long client = client();

        Api.Reply reply = staff.post(documents, "{\"clientId\":" + client + validity(documents) + ",\"lines\":[{\"description\":\"Banho\","
                + "\"unitPrice\":50},{\"description\":\"Tudo\",\"unitPrice\":9999999999.99,\"quantity\":999999999}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("lines[1].quantity", LINE_TOO_LARGE);
        assertThat(staff.get(documents + "?clientId=" + client).json().getInt("total")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/quotes", "/api/v1/orders", "/api/v1/invoices"})
    void aDocumentWhoseLinesTogetherPassTheLimitIs422OnItsLines(String documents) {
        long client = client();

        Api.Reply reply = staff.post(documents, "{\"clientId\":" + client + validity(documents) + ",\"lines\":[{\"description\":\"Um\","
                + "\"unitPrice\":6000000000},{\"description\":\"Dois\",\"unitPrice\":6000000000}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("lines", DOCUMENT_TOO_LARGE);
        assertThat(staff.get(documents + "?clientId=" + client).json().getInt("total")).isZero();
    }

    @Test
    void aDocumentJustAtTheLimitIsAccepted() {
        long client = client();

        Api.Reply reply = staff.post("/api/v1/quotes", "{\"clientId\":" + client + validity("/api/v1/quotes") + ",\"lines\":[{\"description\":\"Tudo\","
                + "\"unitPrice\":9999999999.99}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("9999999999.99");
    }

    @Test
    void aPriceOrDiscountWithMoreDigitsThanTheColumnIs422() {
        long client = client();

        Api.Reply reply = staff.post("/api/v1/invoices", "{\"clientId\":" + client + ",\"lines\":[{\"description\":\"X\","
                + "\"unitPrice\":99999999999.99,\"discount\":99999999999.99,\"quantity\":9999999999}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsKeys("lines[0].unitPrice", "lines[0].discount", "lines[0].quantity");
    }

    @Test
    void aCatalogPriceBeyondTheColumnIs422() {
        Api.Reply reply = Api.as(TestData.PETHOTEL_ADMIN, TestData.DEMO_PASSWORD).post("/api/v1/catalog",
                "{\"name\":\"Caro " + TestData.uniqueWord() + "\",\"kind\":\"SERVICE\",\"unitPrice\":12345678901234.00}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsKey("unitPrice");
    }

    @Test
    void aWalletCreditBeyondTheColumnOrTakingTheBalancePastItIs422() {
        long client = client();
        String path = "/api/v1/clients/" + client + "/wallet/credit";

        Api.Reply huge = staff.post(path, "{\"amount\":12345678901234.00,\"method\":\"CASH\",\"reason\":\"teste\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        Api.Reply first = staff.post(path, "{\"amount\":9999999999.00,\"method\":\"CASH\",\"reason\":\"teste\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        Api.Reply past = staff.post(path, "{\"amount\":1.00,\"method\":\"CASH\",\"reason\":\"teste\"}",
                "Idempotency-Key", UUID.randomUUID().toString());

        assertThat(huge.status()).as(huge.toString()).isEqualTo(422);
        assertThat(Problems.errors(huge)).containsKey("amount");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(past.status()).as(past.toString()).isEqualTo(422);
        assertThat(Problems.errors(past)).containsKey("amount");
        assertThat(staff.get("/api/v1/clients/" + client + "/wallet").json().getJsonNumber("balance").bigDecimalValue())
                .isEqualByComparingTo("9999999999.00");
    }

    /** Quotes need a validity; orders and invoices do not know the field. */
    private static String validity(String documents) {
        return documents.endsWith("quotes") ? ",\"validUntil\":\"" + java.time.LocalDate.now().plusDays(10) + "\"" : "";
    }

    private static long client() {
        return ClientRecordIT.id(TestData.personClient(PETHOTEL_STAFF, "Cliente Limites", TestData.newCpf()));
    }
}
