package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dashboard after login: clients per stage, the chart of new clients per month, birthdays of the week. */
@ExtendWith(DeployedClientela.class)
class DashboardPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void showsTheCountsPerStageTheChartAndAClientWhoseBirthdayIsToday() {
        String name = "Aniversariante " + ClientData.uniqueWord();
        Api.Reply created = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + name
                + "\",\"birthDate\":\"" + LocalDate.now().minusYears(30) + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        HomePage home = LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        assertThat(home.birthdays()).anySatisfy(line -> assertThat(line).contains(name).contains("faz 30 anos"));
        assertThat(home.stageCount("CONTACT")).isEqualTo(String.valueOf(total("stage=CONTACT")));
        assertThat(home.stageCount("INACTIVE")).isEqualTo(String.valueOf(total("stage=INACTIVE")));
        // The demo company starts with paying clients, and other tests add more: the page shows what the API counts.
        assertThat(home.stageCount("CUSTOMER")).isEqualTo(String.valueOf(total("stage=CUSTOMER")));
        assertThat(home.showsPerMonthChart()).isTrue();
        assertThat(home.clientsThisMonth()).isGreaterThanOrEqualTo(1);
    }

    private long total(String query) {
        return staff.get("/api/v1/clients?" + query).json().getJsonNumber("total").longValue();
    }
}
