package br.com.clientela.transactions.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;

/**
 * A manual adjustment (ajuste): the client, a category (ADJUSTMENT when none is given, or one of the company's
 * own), a signed amount in reais (not zero, two decimals at most), the method and optionally the account (the
 * method's default when none), and a description saying why.
 */
public record AdjustmentInput(Long clientId, Long categoryId, BigDecimal amount, PaymentMethod method, Long accountId,
        String description) {
}
