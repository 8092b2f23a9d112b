package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.CLINICA_ADMIN;
import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reviews and alerts over the API: figures, bad input per field in pt-BR, tenancy, and a merge moving them. */
@ExtendWith(DeployedClientela.class)
class ReviewsAndAlertsIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api manager = Api.as(PETHOTEL_MANAGER, DEMO_PASSWORD);
    private final Api otherCompany = Api.as(CLINICA_ADMIN, DEMO_PASSWORD);

    @Test
    void aClientsReviewsAreListedNewestFirstWithTheirCountAndAverage() {
        long client = ClientData.person(PETHOTEL_STAFF, "Ana Avaliada " + ClientData.uniqueWord()).id();
        long companyCountBefore = staff.get("/api/v1/reviews/summary").json().getJsonNumber("count").longValue();

        review(staff, client, 5, "Atendimento excelente");
        review(staff, client, 4, null);
        review(staff, client, 2, "Demorou");

        JsonObject summary = staff.get("/api/v1/reviews/summary?client=" + client).json();
        assertThat(summary.getJsonNumber("count").longValue()).isEqualTo(3);
        assertThat(summary.getJsonNumber("average").doubleValue()).isCloseTo(11 / 3.0, org.assertj.core.data.Offset.offset(0.001));
        JsonObject page = staff.get("/api/v1/reviews?client=" + client).json();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("items").getJsonObject(0).getInt("rating")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("author")).isEqualTo(PETHOTEL_STAFF);
        assertThat(staff.get("/api/v1/reviews/summary").json().getJsonNumber("count").longValue())
                .isGreaterThanOrEqualTo(companyCountBefore + 3);
    }

    @Test
    void ratingOutOfRangeOrMissingAndTooLongCommentAre422PerFieldInPortuguese() {
        long client = ClientData.person(PETHOTEL_STAFF, "Bia Nota " + ClientData.uniqueWord()).id();

        for (String rating : new String[] {"0", "6"}) {
            Api.Reply reply = staff.post("/api/v1/reviews", "{\"clientId\":" + client + ",\"rating\":" + rating + "}");
            assertThat(reply.status()).isEqualTo(422);
            assertThat(errorsByField(reply)).containsEntry("rating", "A nota vai de 1 a 5 estrelas.");
        }
        Api.Reply missing = staff.post("/api/v1/reviews", "{\"clientId\":" + client + "}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(errorsByField(missing)).containsEntry("rating", "Informe a nota, de 1 a 5 estrelas.");
        Api.Reply tooLong = staff.post("/api/v1/reviews",
                "{\"clientId\":" + client + ",\"rating\":3,\"comment\":\"" + "a".repeat(1001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(errorsByField(tooLong)).containsEntry("comment", "Use no máximo 1000 caracteres.");

        assertThat(staff.get("/api/v1/reviews?client=" + client).json().getInt("total")).isZero();
    }

    @Test
    void aReviewAboutOneOfTheClientsOwnOrdersShowsTheOrdersNumber() {
        long client = ClientData.person(PETHOTEL_STAFF, "Ivo Pedido " + ClientData.uniqueWord()).id();
        JsonObject order = order(staff, client);

        Api.Reply created = staff.post("/api/v1/reviews", "{\"clientId\":" + client + ",\"rating\":5,\"orderId\":"
                + order.getJsonNumber("id") + "}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonNumber("orderId").longValue()).isEqualTo(order.getJsonNumber("id").longValue());
        assertThat(created.json().getJsonNumber("orderNumber").longValue())
                .isEqualTo(order.getJsonNumber("number").longValue());
        review(staff, client, 3, "Sem pedido");
        JsonObject page = staff.get("/api/v1/reviews?client=" + client).json();
        assertThat(page.getInt("total")).as("a review without an order is listed too").isEqualTo(2);
        JsonObject withOrder = page.getJsonArray("items").getJsonObject(1);
        assertThat(withOrder.getJsonNumber("orderNumber").longValue()).isEqualTo(order.getJsonNumber("number").longValue());
        JsonObject withoutOrder = page.getJsonArray("items").getJsonObject(0);
        assertThat(!withoutOrder.containsKey("orderNumber") || withoutOrder.isNull("orderNumber")).as(page.toString())
                .isTrue();
    }

    @Test
    void anotherClientsOrAnotherCompanysOrderIsRefusedOnOrderIdAndNothingIsSaved() {
        long client = ClientData.person(PETHOTEL_STAFF, "Jair Avalia " + ClientData.uniqueWord()).id();
        long otherClient = ClientData.person(PETHOTEL_STAFF, "Kátia Outra " + ClientData.uniqueWord()).id();
        JsonObject othersOrder = order(staff, otherClient);
        long clinicClient = ClientData.person(CLINICA_ADMIN, "Lia Clínica " + ClientData.uniqueWord()).id();
        JsonObject clinicOrder = order(otherCompany, clinicClient);

        Api.Reply ofAnotherClient = staff.post("/api/v1/reviews", "{\"clientId\":" + client
                + ",\"rating\":4,\"orderId\":" + othersOrder.getJsonNumber("id") + "}");
        Api.Reply ofAnotherCompany = staff.post("/api/v1/reviews", "{\"clientId\":" + client
                + ",\"rating\":4,\"orderId\":" + clinicOrder.getJsonNumber("id") + "}");

        assertThat(ofAnotherClient.status()).as(ofAnotherClient.toString()).isEqualTo(422);
        assertThat(errorsByField(ofAnotherClient)).containsEntry("orderId", "O pedido nº "
                + othersOrder.getJsonNumber("number") + " é de outro cliente: escolha um pedido deste cliente.");
        assertThat(ofAnotherCompany.status()).as(ofAnotherCompany.toString()).isEqualTo(422);
        assertThat(errorsByField(ofAnotherCompany)).containsEntry("orderId", "Pedido não encontrado.");
        assertThat(staff.get("/api/v1/reviews?client=" + client).json().getInt("total")).isZero();
        assertThat(staff.get("/api/v1/reviews?client=" + otherClient).json().getInt("total")).isZero();
        assertThat(otherCompany.get("/api/v1/reviews?client=" + clinicClient).json().getInt("total")).isZero();
    }

    @Test
    void aClientWithAReviewOfItsOwnOrderIsAnonymisedKeepingTheOrderAndLosingTheReview() {
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        long client = ClientData.person(PETHOTEL_STAFF, "Mara Sai " + ClientData.uniqueWord()).id();
        JsonObject order = order(staff, client);
        Api.Reply reviewed = staff.post("/api/v1/reviews", "{\"clientId\":" + client + ",\"rating\":4,\"orderId\":"
                + order.getJsonNumber("id") + "}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(201);

        assertThat(staff.delete("/api/v1/clients/" + client).status()).isEqualTo(204);
        Api.Reply deleted = admin.delete("/api/v1/clients/trash/" + client);

        // The order is a money record and stays; the review (personal words) goes with the client's data (issue 11).
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.json().getString("outcome")).isEqualTo("ANONYMISED");
        assertThat(admin.get("/api/v1/orders/" + order.getJsonNumber("id")).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/reviews").body())
                .doesNotContain("\"id\":" + reviewed.json().getJsonNumber("id") + ",");
    }

    @Test
    void onlyManagersDeleteAReview() {
        long client = ClientData.person(PETHOTEL_STAFF, "Caio Apaga " + ClientData.uniqueWord()).id();
        long review = review(staff, client, 1, "Errada");

        assertThat(staff.delete("/api/v1/reviews/" + review).status()).isEqualTo(403);
        assertThat(manager.delete("/api/v1/reviews/" + review).status()).isEqualTo(204);
        assertThat(staff.get("/api/v1/reviews?client=" + client).json().getInt("total")).isZero();
    }

    @Test
    void anotherCompanysClientsReviewsAndAlertsAreNotFoundAndStayAsTheyAre() {
        long client = ClientData.person(PETHOTEL_STAFF, "Dora Hotel " + ClientData.uniqueWord()).id();
        long review = review(staff, client, 5, "Ótimo");
        long alert = alert(staff, client, "MEDICAL", "HIGH", "Alergia a dipirona");

        assertThat(otherCompany.post("/api/v1/reviews", "{\"clientId\":" + client + ",\"rating\":1}").status())
                .isEqualTo(404);
        assertThat(otherCompany.get("/api/v1/reviews?client=" + client).status()).isEqualTo(404);
        assertThat(otherCompany.get("/api/v1/reviews").body()).doesNotContain("\"id\":" + review + ",");
        assertThat(otherCompany.delete("/api/v1/reviews/" + review).status()).isEqualTo(404);
        assertThat(otherCompany.get("/api/v1/clients/" + client + "/alerts").status()).isEqualTo(404);
        assertThat(otherCompany.post("/api/v1/clients/" + client + "/alerts",
                "{\"type\":\"OTHER\",\"priority\":\"LOW\",\"description\":\"Invasão\"}").status()).isEqualTo(404);
        assertThat(otherCompany.put("/api/v1/clients/" + client + "/alerts/" + alert,
                "{\"type\":\"OTHER\",\"priority\":\"LOW\",\"description\":\"Invasão\",\"active\":false}").status())
                .isEqualTo(404);

        assertThat(staff.get("/api/v1/reviews?client=" + client).json().getInt("total")).isEqualTo(1);
        JsonObject kept = staff.get("/api/v1/clients/" + client + "/alerts").json().getJsonArray("items").getJsonObject(0);
        assertThat(kept.getString("description")).isEqualTo("Alergia a dipirona");
        assertThat(kept.getBoolean("active")).isTrue();
        assertThat(staff.get("/api/v1/clients/" + client + "/alerts").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anAlertIsChangedAndDeactivatedWithTheClientsHistoryAndAnAlertOfAnotherClientIsNotFound() {
        long client = ClientData.person(PETHOTEL_STAFF, "Eva Alerta " + ClientData.uniqueWord()).id();
        long other = ClientData.person(PETHOTEL_STAFF, "Fábio Outro " + ClientData.uniqueWord()).id();
        long alert = alert(staff, client, "FINANCIAL", "MEDIUM", "Deve a mensalidade");

        JsonObject changed = staff.put("/api/v1/clients/" + client + "/alerts/" + alert,
                "{\"type\":\"FINANCIAL\",\"priority\":\"CRITICAL\",\"description\":\"Deve 3 mensalidades\",\"active\":false}")
                .json();

        assertThat(changed.getString("priority")).isEqualTo("CRITICAL");
        assertThat(changed.getBoolean("active")).isFalse();
        String history = staff.get("/api/v1/clients/" + client + "/history").body();
        assertThat(history).contains("\"field\":\"alerts\"").contains("Média · Financeiro: Deve a mensalidade");
        assertThat(staff.put("/api/v1/clients/" + other + "/alerts/" + alert,
                "{\"type\":\"OTHER\",\"priority\":\"LOW\",\"description\":\"x\"}").status()).isEqualTo(404);
    }

    @Test
    void unknownTypeOrPriorityAndMissingOrLongDescriptionAre422() {
        long client = ClientData.person(PETHOTEL_STAFF, "Gil Errado " + ClientData.uniqueWord()).id();
        String path = "/api/v1/clients/" + client + "/alerts";

        Api.Reply badType = staff.post(path, "{\"type\":\"ALIEN\",\"priority\":\"LOW\",\"description\":\"x\"}");
        Api.Reply badPriority = staff.post(path, "{\"type\":\"OTHER\",\"priority\":\"URGENTE\",\"description\":\"x\"}");
        Api.Reply missing = staff.post(path, "{}");
        Api.Reply tooLong = staff.post(path,
                "{\"type\":\"OTHER\",\"priority\":\"LOW\",\"description\":\"" + "d".repeat(501) + "\"}");

        assertThat(badType.status()).isEqualTo(422);
        assertThat(errorsByField(badType)).containsKey("type");
        assertThat(badPriority.status()).isEqualTo(422);
        assertThat(errorsByField(badPriority)).containsKey("priority");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(errorsByField(missing)).containsEntry("description", "Descreva o alerta.")
                .containsKey("type").containsKey("priority");
        assertThat(errorsByField(missing).get("type")).startsWith("Escolha o tipo do alerta");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(errorsByField(tooLong)).containsEntry("description", "Use no máximo 500 caracteres.");
        assertThat(staff.get(path).json().getInt("total")).isZero();
    }

    @Test
    void mergingMovesTheLosersReviewsAndAlertsToTheWinner() {
        long winner = ClientData.person(PETHOTEL_MANAGER, "Hugo Fica " + ClientData.uniqueWord()).id();
        long loser = ClientData.person(PETHOTEL_MANAGER, "Hugo Sai " + ClientData.uniqueWord()).id();
        review(manager, winner, 5, null);
        review(manager, loser, 3, null);
        alert(manager, loser, "BEHAVIOUR", "HIGH", "Morde");

        Api.Reply merged = manager.post("/api/v1/clients/merge",
                "{\"winnerId\":" + winner + ",\"loserId\":" + loser + ",\"choices\":{}}");

        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonObject summary = manager.get("/api/v1/reviews/summary?client=" + winner).json();
        assertThat(summary.getJsonNumber("count").longValue()).isEqualTo(2);
        assertThat(summary.getJsonNumber("average").doubleValue()).isEqualTo(4.0);
        assertThat(manager.get("/api/v1/clients/" + winner + "/alerts").json().getJsonArray("items").getJsonObject(0)
                .getString("description")).isEqualTo("Morde");
    }

    private static long review(Api api, long client, int rating, String comment) {
        Api.Reply reply = api.post("/api/v1/reviews", "{\"clientId\":" + client + ",\"rating\":" + rating
                + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject order(Api api, long client) {
        Api.Reply reply = api.post("/api/v1/orders", "{\"clientId\":" + client
                + ",\"lines\":[{\"description\":\"Hospedagem\",\"quantity\":2,\"unitPrice\":75}]}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static long alert(Api api, long client, String type, String priority, String description) {
        Api.Reply reply = api.post("/api/v1/clients/" + client + "/alerts", "{\"type\":\"" + type + "\",\"priority\":\""
                + priority + "\",\"description\":\"" + description + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static Map<String, String> errorsByField(Api.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonValue::asJsonObject).stream()
                .filter(e -> e.containsKey("field"))
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"), (a, b) -> a + " | " + b));
    }
}
