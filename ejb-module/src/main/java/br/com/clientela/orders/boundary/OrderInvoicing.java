package br.com.clientela.orders.boundary;

import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceRow;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.entity.InvoiceSource;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.SalesOrder;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Issues the invoice of an order (faturar um pedido), in one transaction: the order is locked, so two clicks at
 * once make one invoice; a cancelled order (closed in a status that is not paid), an order that was already paid
 * (its money came in then) and an order that already has an invoice that is not cancelled are refused (409). The invoice gets copies of the order's lines and keeps the
 * link: its source is the order (ORDER, id, number). That link is the only one; the order itself does not change.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class OrderInvoicing {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @EJB
    InvoiceService invoices;

    /**
     * @param dueDate null for the client's payment term counted from today; before today it is refused (422,
     *     {@code dueDate}) by the invoice's own rules
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public InvoiceDetails invoice(@NotNull Long orderId, LocalDate dueDate) {
        SalesOrder order = em.createQuery("select o from SalesOrder o where o.id = :id", SalesOrder.class)
                .setParameter("id", orderId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Pedido não encontrado."));
        OrderStatus status = order.getStatus();
        if (status.isClosed() && !status.isPaid()) {
            throw new ConflictException("status", "O pedido nº " + order.getNumber() + " está " + status.getName()
                    + " e não pode ser faturado.");
        }
        if (order.getPaidAt() != null) {
            // Its money already came in when it was paid: an invoice would charge (and count) it twice.
            throw new ConflictException("status", "O pedido nº " + order.getNumber() + " já foi pago: não há o que "
                    + "faturar.");
        }
        invoices.fromSource(InvoiceSource.ORDER, order.getId()).ifPresent(invoice -> {
            throw new ConflictException("status", "O pedido nº " + order.getNumber() + " já foi faturado na fatura nº "
                    + invoice.number() + ".");
        });
        List<LineInput> lines = order.getLines().stream().map(LineInput::of).toList();
        return invoices.issue(new InvoiceInput(order.getClientId(), null, dueDate,
                "Conforme pedido nº " + order.getNumber() + ".", lines, InvoiceSource.ORDER, order.getId(),
                order.getNumber()));
    }

    /** The order's invoice (not cancelled), for a link to it; empty when the order was not invoiced. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Optional<InvoiceRow> invoiceOf(@NotNull Long orderId) {
        return invoices.fromSource(InvoiceSource.ORDER, orderId);
    }
}
