package br.com.clientela.api.wallet;

import java.math.BigDecimal;

/**
 * The body of POST /credit and /debit: {"amount": 10.50, "method": "PIX", "accountId": 3, "reason": "..."}
 * (accountId: the financial account a credit's money went to; none: the method's default). The method is
 * text so an unknown one gets a pt-BR 422 on its field rather than an unreadable-body 400.
 */
public record WalletOperationBody(BigDecimal amount, String method, Long accountId, String reason) {
}
