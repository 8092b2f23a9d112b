package br.com.clientela.finances.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A client's money at a glance (resumo financeiro): what they paid in all, what they owe on open invoices, the
 * latest payments, the open invoices (oldest due first), the wallet balance and the reward points available.
 */
public record FinancialSummary(BigDecimal totalSpent, BigDecimal amountDue, long openInvoiceCount,
        List<OpenInvoiceRow> openInvoices, List<RecentPaymentRow> lastPayments, BigDecimal walletBalance,
        long points) {
}
