package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Orders over the API: lines and their figures, numbers, the company's default types and statuses, status changes
 * with their history, a payment announced once, closed orders, bad input field by field, tenancy and roles.
 */
@ExtendWith(DeployedClientela.class)
class OrdersApiIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);

    @Test
    void anOrderWithCatalogAndFreeLinesGetsItsFiguresANumberAndTheDefaults() {
        long client = ClientData.person(PETHOTEL_STAFF, "Pedido " + ClientData.uniqueWord()).id();
        long item = catalogItem("Banho " + TestData.uniqueWord(), "45");

        Api.Reply first = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"notes\":\" Entregar à tarde \","
                + "\"lines\":[{\"catalogItemId\":" + item + ",\"quantity\":2,\"discount\":5},"
                + "{\"description\":\"Taxa de entrega\",\"unitPrice\":12.5},"
                + "{\"description\":\"Ração a granel\",\"quantity\":1.5,\"unitPrice\":19.99}]}");
        Api.Reply second = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Petisco\",\"unitPrice\":3}]}");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonObject order = first.json();
        assertThat(first.header("Location")).endsWith("/api/v1/orders/" + order.getJsonNumber("id"));
        assertThat(order.getJsonNumber("number").longValue()).isPositive();
        assertThat(second.json().getJsonNumber("number").longValue())
                .isGreaterThan(order.getJsonNumber("number").longValue());
        // 2 × 45,00 + 12,50 + 1,5 × 19,99 (29,985 → 29,98) = 132,48; less 5,00
        assertThat(order.getJsonNumber("gross").toString()).isEqualTo("132.48");
        assertThat(order.getJsonNumber("discount").toString()).isEqualTo("5.00");
        assertThat(order.getJsonNumber("total").toString()).isEqualTo("127.48");
        assertThat(order.getJsonNumber("itemCount").bigDecimalValue()).isEqualByComparingTo("4.5");
        assertThat(order.getString("typeName")).isEqualTo("Pedido");
        assertThat(order.getString("statusName")).isEqualTo("Aberto");
        assertThat(order.getString("notes")).isEqualTo("Entregar à tarde");
        assertThat(order.getString("createdBy")).isEqualTo(PETHOTEL_STAFF);
        List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonValue::asJsonObject);
        assertThat(lines).extracting(l -> l.getString("description"))
                .containsExactly(lines.get(0).getString("description"), "Taxa de entrega", "Ração a granel");
        assertThat(lines.get(0).getJsonNumber("catalogItemId").longValue()).isEqualTo(item);
        assertThat(lines.get(0).getJsonNumber("total").toString()).isEqualTo("85.00");
        JsonObject read = staff.get("/api/v1/orders/" + order.getJsonNumber("id")).json();
        assertThat(read.getJsonNumber("total").toString()).isEqualTo("127.48");
        assertThat(read.getJsonArray("lines")).hasSize(3);
        JsonObject listed = staff.get("/api/v1/orders?clientId=" + client).json();
        assertThat(listed.getInt("total")).isEqualTo(2);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getJsonNumber("number"))
                .isEqualTo(second.json().getJsonNumber("number"));
        assertThat(staff.get("/api/v1/orders?q=" + order.getJsonNumber("number") + "&clientId=" + client).json()
                .getInt("total")).isEqualTo(1);
    }

    @Test
    void aNewCompanyHasTheDefaultTypesAndStatusesInOrderAndNewOrdersTakeTheFirst() {
        Api studio = Api.as("dona@studio-teste.com.br", "PrimeiroAcesso2026");

        List<JsonObject> types = studio.get("/api/v1/order-types").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        List<JsonObject> statuses = studio.get("/api/v1/order-statuses").json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);

        assertThat(types).extracting(t -> t.getString("name"))
                .containsExactly("Pedido", "Orçamento", "Devolução", "Recibo de pagamento");
        assertThat(statuses).extracting(s -> s.getString("name") + ":" + s.getBoolean("paid") + ":"
                + s.getBoolean("closed")).containsExactly("Aberto:false:false", "Em andamento:false:false",
                        "Pago:true:false", "Entregue:true:true", "Cancelado:false:true");
        Api.Reply client = studio.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Cliente do estúdio "
                + ClientData.uniqueWord() + "\",\"document\":\"" + ClientData.cpf() + "\"}");
        JsonObject order = studio.post("/api/v1/orders", "{\"clientId\":" + ClientRecordIT.id(client.json())
                + ",\"lines\":[{\"description\":\"Aula\",\"unitPrice\":80}]}").json();
        assertThat(order.getString("typeName")).isEqualTo("Pedido");
        assertThat(order.getString("statusName")).isEqualTo("Aberto");
    }

    @Test
    void statusChangesAreRecordedAndAPaidStatusCountsOnlyWhileTheOrderIsInIt() {
        long client = ClientData.person(PETHOTEL_STAFF, "Pago " + ClientData.uniqueWord()).id();
        JsonObject order = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Hospedagem\",\"quantity\":3,\"unitPrice\":120}]}").json();
        long id = order.getJsonNumber("id").longValue();

        JsonObject paid = changeStatus(id, status("Pago")).json();
        String paidAt = paid.getString("paidAt");
        JsonObject summaryWhilePaid = staff.get("/api/v1/orders/summary?clientId=" + client).json();
        JsonObject backInProgress = changeStatus(id, status("Em andamento")).json();
        JsonObject summaryInProgress = staff.get("/api/v1/orders/summary?clientId=" + client).json();
        JsonObject paidAgain = changeStatus(id, status("Pago")).json();
        Api.Reply sameAgain = changeStatus(id, status("Pago"));

        assertThat(absent(order, "paidAt")).isTrue();
        assertThat(paid.getString("statusName")).isEqualTo("Pago");
        assertThat(paid.getBoolean("paid")).isTrue();
        assertThat(summaryWhilePaid.getJsonNumber("paidTotal").toString()).isEqualTo("360.00");
        assertThat(summaryWhilePaid.getInt("paidOrders")).isEqualTo(1);
        assertThat(backInProgress.getString("paidAt")).isEqualTo(paidAt);
        assertThat(summaryInProgress.getJsonNumber("paidTotal").toString()).isEqualTo("0.00");
        assertThat(summaryInProgress.getInt("orders")).isEqualTo(1);
        assertThat(paidAgain.getString("paidAt")).as("paid once: the first time stays").isEqualTo(paidAt);
        assertThat(sameAgain.status()).isEqualTo(200);
        List<JsonObject> history = sameAgain.json().getJsonArray("history").getValuesAs(JsonValue::asJsonObject);
        assertThat(history).extracting(h -> (absent(h, "fromStatusName") ? "—" : h.getString("fromStatusName"))
                + " → " + h.getString("toStatusName"))
                .containsExactly("Em andamento → Pago", "Pago → Em andamento", "Aberto → Pago", "— → Aberto");
        assertThat(history).allSatisfy(h -> assertThat(h.getString("actor")).isEqualTo(PETHOTEL_STAFF));
        // The money came in once: one PAYMENT transaction, and the client's total spent counts it once.
        List<JsonObject> moves = staff.get("/api/v1/transactions?clientId=" + client).json().getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertThat(moves).extracting(m -> m.getString("categoryName") + " " + m.getJsonNumber("amount"))
                .containsExactly("Pagamento de fatura 360.00");
        assertThat(staff.get("/api/v1/clients/" + client + "/financial-summary").json().getJsonNumber("totalSpent")
                .bigDecimalValue()).isEqualByComparingTo("360.00");
    }

    @Test
    void anOrderIsNotPaidFromTheWalletDirectly() {
        long client = ClientData.person(PETHOTEL_STAFF, "Carteira " + ClientData.uniqueWord()).id();
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Creche\",\"unitPrice\":70}]}").json().getJsonNumber("id").longValue();

        Api.Reply refused = staff.post("/api/v1/orders/" + id + "/status", "{\"statusId\":" + status("Pago")
                + ",\"method\":\"WALLET\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(refused).get("method")).contains("fature o pedido");
        assertThat(staff.get("/api/v1/orders/" + id).json().getString("statusName")).isEqualTo("Aberto");
    }

    @Test
    void aClosedOrderRefusesChangesAndKeepsItsStatus() {
        long client = ClientData.person(PETHOTEL_STAFF, "Encerrado " + ClientData.uniqueWord()).id();
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();
        assertThat(changeStatus(id, status("Cancelado")).status()).isEqualTo(200);

        Api.Reply edit = staff.put("/api/v1/orders/" + id, "{\"notes\":\"mudou\","
                + "\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":1}]}");
        Api.Reply reopen = changeStatus(id, status("Aberto"));

        assertThat(edit.status()).as(edit.toString()).isEqualTo(409);
        assertThat(ClientRecordIT.errors(edit).get("status")).contains("Cancelado").contains("não pode mais ser alterado");
        assertThat(reopen.status()).isEqualTo(409);
        JsonObject unchanged = staff.get("/api/v1/orders/" + id).json();
        assertThat(unchanged.getString("statusName")).isEqualTo("Cancelado");
        assertThat(unchanged.getJsonNumber("total").toString()).isEqualTo("60.00");
        assertThat(absent(unchanged, "notes")).isTrue();
    }

    @Test
    void anOpenOrderTakesNewLinesNotesAndType() {
        long client = ClientData.person(PETHOTEL_STAFF, "Editado " + ClientData.uniqueWord()).id();
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();

        Api.Reply edit = staff.put("/api/v1/orders/" + id, "{\"typeId\":" + type("Devolução") + ",\"notes\":\"Troca\","
                + "\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60,\"quantity\":2},"
                + "{\"description\":\"Laço\",\"unitPrice\":2.5}]}");

        assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
        assertThat(edit.json().getString("typeName")).isEqualTo("Devolução");
        assertThat(edit.json().getJsonNumber("total").toString()).isEqualTo("122.50");
        assertThat(edit.json().getJsonNumber("itemCount").bigDecimalValue()).isEqualByComparingTo("3");
        assertThat(edit.json().getString("notes")).isEqualTo("Troca");
    }

    @Test
    void badInputIsRefusedFieldByFieldInPortugueseAndNothingIsSaved() {
        long client = ClientData.person(PETHOTEL_STAFF, "Inválido " + ClientData.uniqueWord()).id();

        Api.Reply noClient = staff.post("/api/v1/orders", "{\"lines\":[{\"description\":\"X\",\"unitPrice\":1}]}");
        Api.Reply noLines = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"lines\":[]}");
        Api.Reply badLines = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"lines\":["
                + "{\"description\":\"Sem preço\"},"
                + "{\"description\":\"Negativo\",\"unitPrice\":-1},"
                + "{\"description\":\"Centavos demais\",\"unitPrice\":1.005},"
                + "{\"description\":\"Zero\",\"unitPrice\":1,\"quantity\":0},"
                + "{\"description\":\"Desconto\",\"unitPrice\":10,\"discount\":11}]}");
        Api.Reply badMethod = staff.post("/api/v1/orders/1/status", "{\"statusId\":1,\"method\":\"CHEQUE\"}");
        Api.Reply badQuery = staff.get("/api/v1/orders?statusId=abc&size=500");

        assertThat(noClient.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(noClient)).containsEntry("clientId", "Escolha o cliente do pedido.");
        assertThat(noLines.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(noLines)).containsEntry("lines", "Inclua pelo menos um item.");
        assertThat(badLines.status()).isEqualTo(422);
        Map<String, String> errors = ClientRecordIT.errors(badLines);
        assertThat(errors.get("lines[1].unitPrice")).isEqualTo("O valor não pode ser negativo.");
        assertThat(errors.get("lines[2].unitPrice")).contains("no máximo 2 casas decimais");
        assertThat(errors.get("lines[3].quantity")).isEqualTo("A quantidade deve ser maior que zero.");
        Api.Reply ruleBroken = staff.post("/api/v1/orders", "{\"clientId\":" + client + ",\"lines\":["
                + "{\"description\":\"Sem preço\"},{\"description\":\"Desconto\",\"unitPrice\":10,\"discount\":11}]}");
        assertThat(ClientRecordIT.errors(ruleBroken)).containsEntry("lines[0].unitPrice", "Informe o preço unitário.")
                .containsKey("lines[1].discount");
        assertThat(badMethod.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(badMethod).get("method")).contains("CHEQUE");
        assertThat(badQuery.status()).isEqualTo(422);
        assertThat(ClientRecordIT.errors(badQuery)).containsKeys("statusId", "size");
        assertThat(staff.get("/api/v1/orders?clientId=" + client).json().getInt("total")).isZero();
    }

    @Test
    void anotherCompanysOrderTypeStatusAndClientAreNotFound() {
        long client = ClientData.person(PETHOTEL_STAFF, "Alheio " + ClientData.uniqueWord()).id();
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();
        Api clinica = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);
        long clinicaClient = ClientData.person(CLINICA_ADMIN, "Da clínica " + ClientData.uniqueWord()).id();

        Api.Reply read = clinica.get("/api/v1/orders/" + id);
        Api.Reply edit = clinica.put("/api/v1/orders/" + id, "{\"lines\":[{\"description\":\"X\",\"unitPrice\":0}]}");
        Api.Reply move = clinica.post("/api/v1/orders/" + id + "/status", "{\"statusId\":" + status("Cancelado") + "}");
        Api.Reply foreignClient = clinica.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"X\",\"unitPrice\":1}]}");
        Api.Reply foreignType = clinica.post("/api/v1/orders", "{\"clientId\":" + clinicaClient + ",\"typeId\":"
                + type("Pedido") + ",\"lines\":[{\"description\":\"X\",\"unitPrice\":1}]}");
        Api.Reply foreignStatus = clinica.post("/api/v1/orders", "{\"clientId\":" + clinicaClient + ",\"statusId\":"
                + status("Aberto") + ",\"lines\":[{\"description\":\"X\",\"unitPrice\":1}]}");
        Api.Reply foreignSetting = clinica.put("/api/v1/order-statuses/" + status("Aberto"), "{\"name\":\"Invadido\"}");
        Api.Reply foreignSummary = clinica.get("/api/v1/orders/summary?clientId=" + client);

        assertThat(List.of(read.status(), edit.status(), move.status(), foreignClient.status(), foreignType.status(),
                foreignStatus.status(), foreignSetting.status(), foreignSummary.status()))
                .containsOnly(404);
        assertThat(clinica.get("/api/v1/orders?clientId=" + client).json().getInt("total")).isZero();
        JsonObject unchanged = staff.get("/api/v1/orders/" + id).json();
        assertThat(unchanged.getString("statusName")).isEqualTo("Aberto");
        assertThat(unchanged.getJsonNumber("total").toString()).isEqualTo("60.00");
        assertThat(clinica.get("/api/v1/orders?clientId=" + clinicaClient).json().getInt("total")).isZero();
    }

    @Test
    void mergingClientsMovesTheLosersOrdersToTheWinner() {
        long winner = ClientData.person(PETHOTEL_STAFF, "Vencedor " + ClientData.uniqueWord()).id();
        long loser = ClientData.person(PETHOTEL_STAFF, "Perdedor " + ClientData.uniqueWord()).id();
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + loser
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();

        Api.Reply merged = manager.post("/api/v1/clients/merge", "{\"winnerId\":" + winner + ",\"loserId\":" + loser + "}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(staff.get("/api/v1/orders/" + id).json().getJsonNumber("clientId").longValue()).isEqualTo(winner);
        assertThat(staff.get("/api/v1/orders?clientId=" + winner).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anOrderOfAClientInTheTrashStaysReadableAndIsKeptWhenTheClientIsDeletedForGood() {
        ClientData.NewClient client = ClientData.person(PETHOTEL_STAFF, "Lixeira " + ClientData.uniqueWord());
        long id = staff.post("/api/v1/orders", "{\"clientId\":" + client.id()
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").json().getJsonNumber("id").longValue();

        assertThat(staff.delete("/api/v1/clients/" + client.id()).status()).isEqualTo(204);

        Api.Reply read = staff.get("/api/v1/orders/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("clientName")).isEqualTo(client.name());
        assertThat(staff.post("/api/v1/orders", "{\"clientId\":" + client.id()
                + ",\"lines\":[{\"description\":\"Tosa\",\"unitPrice\":60}]}").status()).isEqualTo(404);
        Api admin = Api.as(TestData.PETHOTEL_ADMIN, DEMO_PASSWORD);
        // An order is a money record: kept, its client anonymised instead of deleted (issue 11).
        Api.Reply erased = admin.delete("/api/v1/clients/trash/" + client.id());
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().getString("outcome")).isEqualTo("ANONYMISED");
        Api.Reply kept = staff.get("/api/v1/orders/" + id);
        assertThat(kept.status()).as("kept with its anonymised client").isEqualTo(200);
        assertThat(kept.json().getString("clientName")).isNotEqualTo(client.name()).startsWith("Cliente anonimizado");
    }

    @Test
    void staffReadsTheSettingsButCannotChangeThem() {
        Api.Reply list = staff.get("/api/v1/order-statuses");
        Api.Reply createType = staff.post("/api/v1/order-types", "{\"name\":\"Equipe " + TestData.uniqueWord() + "\"}");
        Api.Reply createStatus = staff.post("/api/v1/order-statuses", "{\"name\":\"Equipe\"}");
        Api.Reply rename = staff.put("/api/v1/order-types/" + type("Pedido"), "{\"name\":\"Renomeado\"}");

        assertThat(list.status()).isEqualTo(200);
        assertThat(List.of(createType.status(), createStatus.status(), rename.status())).containsOnly(403);
        assertThat(manager.get("/api/v1/order-types/" + type("Pedido")).json().getString("name")).isEqualTo("Pedido");
    }

    private Api.Reply changeStatus(long orderId, long statusId) {
        return staff.post("/api/v1/orders/" + orderId + "/status", "{\"statusId\":" + statusId + "}");
    }

    /** The id of the pet hotel's status with this name. */
    private long status(String name) {
        return idNamed(staff.get("/api/v1/order-statuses").json(), name);
    }

    private long type(String name) {
        return idNamed(staff.get("/api/v1/order-types").json(), name);
    }

    /** Null fields are left out of the JSON. */
    private static boolean absent(JsonObject json, String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    static long idNamed(JsonObject page, String name) {
        return page.getJsonArray("items").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(item -> item.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No " + name + " in " + page))
                .getJsonNumber("id").longValue();
    }

    private long catalogItem(String name, String price) {
        Api.Reply created = manager.post("/api/v1/catalog", "{\"kind\":\"SERVICE\",\"name\":\"" + name
                + "\",\"unitPrice\":" + price + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ClientRecordIT.id(created.json());
    }
}
