package br.com.clientela.invoices.boundary;

import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceSource;
import br.com.clientela.lines.boundary.LineInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A new invoice as typed: the client, the issue date (today when empty), the due date (when empty: the
 * client's payment term counted from the issue date, or the issue date itself), notes, and the lines (catalog
 * or free). {@code sourceType}/{@code sourceId}/{@code sourceNumber} link it to the quote or order it came from.
 */
public record InvoiceInput(
        Long clientId,
        LocalDate issueDate,
        LocalDate dueDate,
        @Size(max = Invoice.NOTES_MAX, message = "{clientela.size.max}") String notes,
        List<@Valid LineInput> lines,
        InvoiceSource sourceType,
        Long sourceId,
        Long sourceNumber) {

    /** An invoice typed from scratch. */
    public static InvoiceInput of(Long clientId, LocalDate issueDate, LocalDate dueDate, String notes,
            List<LineInput> lines) {
        return new InvoiceInput(clientId, issueDate, dueDate, notes, lines, null, null, null);
    }
}
