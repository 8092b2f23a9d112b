package br.com.clientela.transactions.boundary;

import br.com.clientela.payments.entity.PaymentMethod;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which transactions to list and total: a period of days (both ends included, either open), a category, a method,
 * an account and a client; null means "any".
 */
public record TransactionFilter(LocalDate from, LocalDate to, Long categoryId, PaymentMethod method, Long accountId,
        Long clientId) implements Serializable {

    public static TransactionFilter any() {
        return new TransactionFilter(null, null, null, null, null, null);
    }
}
