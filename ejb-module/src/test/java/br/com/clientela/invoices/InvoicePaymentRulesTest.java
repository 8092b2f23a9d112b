package br.com.clientela.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.invoices.boundary.PixCharge;
import br.com.clientela.invoices.control.InvoicePixCode;
import br.com.clientela.invoices.control.PaymentRegistration;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.payments.control.PixBrCode;
import br.com.clientela.shared.ConflictException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InvoicePaymentRulesTest {

    @Test
    void paymentAmountsMustBePositiveWithAtMostTwoDecimals() {
        assertThat(refusal(null)).isEqualTo("Informe o valor do pagamento.");
        assertThat(refusal(BigDecimal.ZERO)).isEqualTo("O valor deve ser maior que zero.");
        assertThat(refusal(new BigDecimal("-5"))).isEqualTo("O valor deve ser maior que zero.");
        assertThat(refusal(new BigDecimal("1.005"))).contains("2 casas decimais");
        Map<String, String> errors = new HashMap<>();
        assertThat(PaymentRegistration.amount(new BigDecimal("10.500"), errors)).isEqualByComparingTo("10.50")
                .hasToString("10.50");
        assertThat(errors).isEmpty();
    }

    @Test
    void thePixChargeOfAnOpenInvoiceIsWhatIsDueWithTheNumberAsTxid() {
        Invoice invoice = invoice();
        invoice.registerPayment(new BigDecimal("50.00"));

        PixCharge pix = InvoicePixCode.charge(invoice, company("12345678000195"));

        assertThat(pix.amount()).isEqualByComparingTo("100.00");
        assertThat(pix.txid()).isEqualTo("37");
        assertThat(pix.payload()).startsWith("000201").contains("br.gov.bcb.pix", "5406100.00", "0502" + "37",
                "5909Pet Hotel", "6009Sao Paulo");
        String body = pix.payload().substring(0, pix.payload().length() - 4);
        assertThat(pix.payload()).endsWith(PixBrCode.crc16(body));
    }

    @Test
    void noPixWithoutAKeyOrForAClosedInvoice() {
        Invoice invoice = invoice();

        assertThat(InvoicePixCode.available(invoice, company(null))).isFalse();
        assertThat(conflict(() -> InvoicePixCode.charge(invoice, company(" ")))).contains("Cadastre a chave PIX");
        invoice.cancel("Engano", "equipe", LocalDateTime.now());
        assertThat(InvoicePixCode.available(invoice, company("12345678000195"))).isFalse();
        assertThat(conflict(() -> InvoicePixCode.charge(invoice, company("12345678000195")))).contains("não está em aberto");
    }

    private static String refusal(BigDecimal amount) {
        Map<String, String> errors = new HashMap<>();
        assertThat(PaymentRegistration.amount(amount, errors)).isNull();
        return errors.get("amount");
    }

    private static String conflict(Executable call) {
        return org.junit.jupiter.api.Assertions.assertThrows(ConflictException.class, call).getMessage();
    }

    private static Company company(String pixKey) {
        Company company = new Company("pethotel", "Pet Hotel Ação Ltda");
        company.setTradeName("Pet Hotel");
        company.setCity("São Paulo");
        company.setPixKey(pixKey);
        return company;
    }

    private static Invoice invoice() {
        return new Invoice(37, new Client(ClientKind.PERSON, "Ana"), List.of(new SaleLine(null, "Hospedagem",
                BigDecimal.ONE, new BigDecimal("150.00"), null)), LocalDate.now(), LocalDate.now(), null, "equipe");
    }
}
