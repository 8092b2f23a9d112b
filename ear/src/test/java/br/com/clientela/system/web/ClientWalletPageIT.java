package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientWalletTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Carteira tab in a real browser: funds added through the dialog show as the balance in reais and in the
 * ledger; a deduction beyond the balance is refused next to the amount and nothing moves.
 */
@ExtendWith(DeployedClientela.class)
class ClientWalletPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void fundsAddedThroughTheDialogShowAsTheBalanceAndADeductionBeyondItIsRefused() {
        long id = ClientData.person(PETHOTEL_STAFF, "Carteira " + ClientData.uniqueWord()).id();
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);

        ClientWalletTab wallet = ClientWalletTab.open(browser, id);
        assertThat(wallet.balance()).isEqualTo("R$ 0,00");
        wallet.addFunds("1234,56", "PIX", "Pacote anual").waitForBalance("R$ 1.234,56");

        assertThat(wallet.entriesShown()).isEqualTo(1);
        wallet.deduct("2000,00", "Hospedagem");
        assertThat(wallet.deductAmountError()).contains("Saldo insuficiente").contains("R$ 1.234,56");
        assertThat(Api.as(PETHOTEL_STAFF, DEMO_PASSWORD).get("/api/v1/clients/" + id + "/wallet").json()
                .getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("1234.56");
    }
}
