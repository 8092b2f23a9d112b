package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Once saved, a client's CPF/CNPJ is changed only by an ADMIN; anyone may add one that is missing. */
@ExtendWith(DeployedClientela.class)
class ClientDocumentRuleIT {

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);
    private final Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);

    @Test
    void staffCannotChangeASavedCpfButAnAdminCan() {
        String name = "Documento " + TestData.uniqueWord();
        String first = TestData.newCpf();
        String second = TestData.newCpf();
        long id = staff.post("/api/v1/clients", body(name, first)).json().getJsonNumber("id").longValue();

        Api.Reply byStaff = staff.put("/api/v1/clients/" + id, body(name, second));
        Api.Reply removedByStaff = staff.put("/api/v1/clients/" + id, body(name, null));

        assertThat(byStaff.status()).isEqualTo(422);
        assertThat(byStaff.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("document");
        assertThat(removedByStaff.status()).isEqualTo(422);
        assertThat(staff.get("/api/v1/clients/" + id).json().getString("document")).isEqualTo(first);
        assertThat(admin.put("/api/v1/clients/" + id, body(name, second)).json().getString("document"))
                .isEqualTo(second);
    }

    @Test
    void staffMayAddAMissingCpfAndKeepTheSameOne() {
        String name = "Sem documento " + TestData.uniqueWord();
        String cpf = TestData.newCpf();
        long id = staff.post("/api/v1/clients", body(name, null)).json().getJsonNumber("id").longValue();

        assertThat(staff.put("/api/v1/clients/" + id, body(name, cpf)).status()).isEqualTo(200);
        assertThat(staff.put("/api/v1/clients/" + id, body(name + " Silva", cpf)).status()).isEqualTo(200);
    }

    private static String body(String name, String cpf) {
        return "{\"kind\":\"PERSON\",\"name\":\"" + name + "\"" + (cpf == null ? "" : ",\"document\":\"" + cpf + "\"")
                + "}";
    }
}
