package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CEP lookup through GET /api/v1/cep/{cep}, with a local stand-in answering like ViaCEP and BrasilAPI. Each
 * test uses its own CEP because answers are remembered.
 */
@ExtendWith(DeployedClientela.class)
class PostalCodeIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final WireMockServer services = DeployedClientela.cepStandIn();

    @Test
    void knownCepFillsTheAddressFromViaCep() {
        services.stubFor(get(urlEqualTo("/ws/01310100/json/")).willReturn(okJson("{\"cep\":\"01310-100\","
                + "\"logradouro\":\"Avenida Paulista\",\"complemento\":\"de 612 a 1510 - lado par\","
                + "\"bairro\":\"Bela Vista\",\"localidade\":\"São Paulo\",\"uf\":\"SP\",\"ibge\":\"3550308\"}")));

        JsonObject address = staff.get("/api/v1/cep/01310-100").json();

        assertThat(address.getString("postalCode")).isEqualTo("01310100");
        assertThat(address.getString("street")).isEqualTo("Avenida Paulista");
        assertThat(address.getString("district")).isEqualTo("Bela Vista");
        assertThat(address.getString("city")).isEqualTo("São Paulo");
        assertThat(address.getString("state")).isEqualTo("SP");
        assertThat(address.getString("source")).isEqualTo("ViaCEP");
    }

    @Test
    void unknownCepIs404WithAPtBrMessage() {
        services.stubFor(get(urlEqualTo("/ws/99999999/json/")).willReturn(okJson("{\"erro\": true}")));

        Api.Reply reply = staff.get("/api/v1/cep/99999999");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().getString("detail")).startsWith("CEP não encontrado");
    }

    @Test
    void malformedCepIs422AndNoServiceIsAsked() {
        Api.Reply reply = staff.get("/api/v1/cep/1234");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("postalCode");
        services.verify(0, getRequestedFor(urlEqualTo("/ws/1234/json/")));
    }

    @Test
    void whenViaCepFailsBrasilApiAnswers() {
        services.stubFor(get(urlEqualTo("/ws/20040020/json/")).willReturn(aResponse().withStatus(500)));
        services.stubFor(get(urlEqualTo("/api/cep/v1/20040020")).willReturn(okJson("{\"cep\":\"20040020\","
                + "\"state\":\"RJ\",\"city\":\"Rio de Janeiro\",\"neighborhood\":\"Centro\","
                + "\"street\":\"Avenida Rio Branco\",\"service\":\"correios\"}")));

        JsonObject address = staff.get("/api/v1/cep/20040-020").json();

        assertThat(address.getString("city")).isEqualTo("Rio de Janeiro");
        assertThat(address.getString("street")).isEqualTo("Avenida Rio Branco");
        assertThat(address.getString("source")).isEqualTo("BrasilAPI");
    }

    @Test
    void whenBothServicesFailThePersonIsToldToTypeTheAddress() {
        services.stubFor(get(urlEqualTo("/ws/30130010/json/")).willReturn(aResponse().withStatus(503)));
        services.stubFor(get(urlEqualTo("/api/cep/v1/30130010")).willReturn(aResponse().withFixedDelay(3000)
                .withStatus(200)));

        Api.Reply reply = staff.get("/api/v1/cep/30130-010");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.json().getString("detail")).contains("Preencha o endereço");
    }

    @Test
    void answersAreRememberedSoTheServiceIsAskedOnce() {
        services.stubFor(get(urlEqualTo("/ws/80010000/json/")).willReturn(okJson("{\"cep\":\"80010-000\","
                + "\"logradouro\":\"Praça Tiradentes\",\"bairro\":\"Centro\",\"localidade\":\"Curitiba\",\"uf\":\"PR\"}")));

        staff.get("/api/v1/cep/80010000");
        JsonObject again = staff.get("/api/v1/cep/80010-000").json();

        assertThat(again.getString("city")).isEqualTo("Curitiba");
        services.verify(1, getRequestedFor(urlEqualTo("/ws/80010000/json/")));
    }
}
