package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_MANAGER;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.NotFoundPage;
import br.com.clientela.system.pages.OrderSettingsPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The order types and statuses page in a real browser: a manager adds a paid status and moves it up. */
@ExtendWith(DeployedClientela.class)
class OrderSettingsPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aManagerAddsAPaidStatusAndMovesItUpAndStaffCannotOpenThePage() {
        String name = "Faturado " + ClientData.uniqueWord();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_MANAGER, DEMO_PASSWORD);

        OrderSettingsPage page = OrderSettingsPage.open(browser).addStatus(name, true);
        List<String> added = page.statuses();
        page.moveStatusUp(name);

        assertThat(added.get(added.size() - 1)).isEqualTo(name);
        List<String> moved = page.statuses();
        assertThat(moved.indexOf(name)).isEqualTo(added.size() - 2);
        assertThat(moved.get(0)).isEqualTo("Aberto");
        assertThat(page.countsAsPaid(name)).isTrue();
        assertThat(OrderSettingsPage.open(browser).statuses()).isEqualTo(moved);

        browser.driver().manage().deleteAllCookies();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
        browser.open("/company/order-settings.xhtml");
        NotFoundPage.current(browser);
        assertThat(browser.driver().getPageSource()).doesNotContain(name);
    }
}
