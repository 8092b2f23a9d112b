package br.com.clientela.transactions.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The totals of the transactions a filter matches: money in (entradas), money out (saídas, shown as a positive
 * amount), the net (saldo = in − out) and how many transactions there are.
 */
public record TransactionTotals(BigDecimal moneyIn, BigDecimal moneyOut, BigDecimal net, long count)
        implements Serializable {
}
