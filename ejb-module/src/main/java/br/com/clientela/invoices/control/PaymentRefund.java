package br.com.clientela.invoices.control;

import br.com.clientela.invoices.boundary.PaymentResult;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.invoices.entity.Payment;
import br.com.clientela.payments.boundary.PaymentRefunded;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.control.TransactionRecorder;
import br.com.clientela.transactions.entity.SystemCategory;
import br.com.clientela.wallet.control.WalletLedger;
import br.com.clientela.wallet.entity.EntryType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Gives a payment back (estorno) in the caller's transaction, under the invoice's lock: the payment is marked
 * refunded (never deleted), the invoice owes that amount again, a REFUND transaction of minus the amount
 * mirrors the payment's PAYMENT one in the same account (a wallet payment's money also goes back into the
 * client's wallet), the client's total spent goes down and the overdue alert is refreshed. A payment is
 * refunded once; a cancelled invoice has no payments to give back.
 */
@Dependent
public class PaymentRefund {

    static final String WALLET_KEY_PREFIX = "estorno-";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    WalletLedger wallet;

    @Inject
    TransactionRecorder transactions;

    @Inject
    OverdueAlerts alerts;

    @Inject
    Event<PaymentRefunded> refunded;

    public PaymentResult refund(Long invoiceId, Long paymentId, String reason, String actor, LocalDate today) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidInputException("reason", "Informe o motivo do estorno.");
        }
        if (why.length() > Payment.REASON_MAX) {
            throw new InvalidInputException("reason", "O motivo tem no máximo " + Payment.REASON_MAX + " caracteres.");
        }
        Invoice invoice = PaymentRegistration.locked(em, invoiceId);
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null || !payment.getInvoiceId().equals(invoice.getId())) {
            throw new NotFoundException("Pagamento não encontrado nesta fatura.");
        }
        if (payment.isRefunded()) {
            throw new ConflictException("status", "Este pagamento já foi estornado.");
        }
        if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber() + " está cancelada.");
        }
        Long clientId = invoice.getClient().getId();
        String description = "Estorno do pagamento da fatura nº " + invoice.getNumber() + ": " + why;
        if (payment.getMethod() == PaymentMethod.WALLET) {
            wallet.apply(clientId, EntryType.CREDIT, payment.getAmount(), null, description,
                    WALLET_KEY_PREFIX + payment.getId(), actor, false);
        }
        transactions.record(clientId, SystemCategory.REFUND, payment.getAmount().negate(), payment.getMethod(),
                payment.getAccount(), description, actor, PaymentRegistration.REFERENCE, payment.getId());
        payment.refund(actor, why, LocalDateTime.now().truncatedTo(ChronoUnit.MICROS));
        invoice.refundPayment(payment.getAmount());
        refunded.fire(new PaymentRefunded(clientId, payment.getAmount(), PaymentRegistration.REFERENCE,
                payment.getId()));
        em.flush();
        alerts.refreshClient(clientId, today);
        return PaymentRegistration.result(payment, invoice, false);
    }
}
