package br.com.clientela.transactions.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A transaction as the Transactions page and the API list it; the amount is signed (out is negative). */
public record TransactionRow(Long id, LocalDateTime at, Long clientId, String clientName, Long categoryId,
        String categoryName, PaymentMethod method, Long accountId, String accountName, BigDecimal amount,
        String description, String actor) {
}
