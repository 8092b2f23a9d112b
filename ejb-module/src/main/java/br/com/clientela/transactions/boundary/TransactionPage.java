package br.com.clientela.transactions.boundary;

import java.util.List;

/** A page of transactions and the totals of everything the filter matches ({@code total} is their count). */
public record TransactionPage(List<TransactionRow> items, long total, TransactionTotals totals) {
}
