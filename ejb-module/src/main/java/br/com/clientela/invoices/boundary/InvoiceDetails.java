package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.entity.InvoiceSource;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.shared.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An invoice in full: lines, totals, payments, the effective status and, while it is open, its PIX charge
 * ({@code pix} null when the invoice is not open or when the company has no PIX key: {@code pixKeyMissing}).
 */
public record InvoiceDetails(Long id, long number, Long clientId, String clientName, LocalDate issueDate,
        LocalDate dueDate, InvoiceStatus status, List<InvoiceLineRow> lines, BigDecimal gross, BigDecimal discount,
        BigDecimal total, BigDecimal amountPaid, BigDecimal amountDue, List<PaymentRow> payments, PixCharge pix,
        boolean pixKeyMissing, InvoiceSource sourceType, Long sourceId, Long sourceNumber, String notes,
        LocalDateTime createdAt, String createdBy, LocalDateTime cancelledAt, String cancelledBy,
        String cancelReason, Long version) implements Versioned {

    public boolean open() {
        return status.isOpen();
    }
}
