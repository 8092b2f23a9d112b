package br.com.clientela.invoices.boundary;

import br.com.clientela.clients.control.DocumentSearch;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.invoices.control.InvoicePdf;
import br.com.clientela.invoices.control.InvoicePixCode;
import br.com.clientela.invoices.control.OverdueAlerts;
import br.com.clientela.invoices.control.PaymentRefund;
import br.com.clientela.invoices.control.PaymentRegistration;
import br.com.clientela.invoices.entity.Invoice;
import br.com.clientela.invoices.entity.InvoiceSource;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.control.DocumentNumbering;
import br.com.clientela.lines.control.SaleLines;
import br.com.clientela.lines.entity.DocumentKind;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.tenancy.CallerCompany;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices (faturas): issue with a gapless number, read with payments and the PIX charge, list and filter by
 * the effective status (OVERDUE derived in the query), pay (see {@link PaymentRegistration}), cancel, PDF, and
 * the overdue alerts of the caller's company. Only the caller's company's invoices and clients are found
 * (tenancy), so another company's ids answer 404.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class InvoiceService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    SaleLines saleLines;

    @Inject
    DocumentNumbering numbering;

    @Inject
    PaymentRegistration payments;

    @Inject
    PaymentRefund refunds;

    @Inject
    OverdueAlerts overdue;

    @Inject
    CallerCompany callerCompany;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public InvoiceDetails issue(@NotNull(message = "{clientela.body.required}") @Valid InvoiceInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.clientId() == null) {
            errors.put("clientId", "Escolha o cliente da fatura.");
        }
        Client client = input.clientId() == null ? null : client(input.clientId());
        LocalDate issueDate = input.issueDate() == null ? LocalDate.now() : input.issueDate();
        LocalDate dueDate = input.dueDate() != null ? input.dueDate()
                : client != null && client.getPaymentTerm() != null
                        ? issueDate.plusDays(client.getPaymentTerm().days()) : issueDate;
        if (dueDate.isBefore(issueDate)) {
            errors.put("dueDate", "O vencimento (" + InvoicePdf.DATE.format(dueDate) + ") não pode ser antes da "
                    + "emissão (" + InvoicePdf.DATE.format(issueDate) + ").");
        }
        if (input.sourceType() != null && input.sourceId() == null) {
            errors.put("sourceId", "Informe o documento de origem da fatura.");
        }
        List<SaleLine> lines = List.of();
        try {
            lines = saleLines.resolve(input.lines());
        } catch (InvalidInputException wrongLines) {
            errors.putAll(wrongLines.getFields().isEmpty() ? Map.of("lines", wrongLines.getMessage())
                    : wrongLines.getFields());
        }
        if (!lines.isEmpty() && lines.stream().allMatch(line -> line.getTotal().signum() == 0)) {
            errors.put("lines", "O total da fatura deve ser maior que zero.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        // The number last: the counter row stays locked until this transaction ends.
        Invoice invoice = new Invoice(numbering.next(DocumentKind.INVOICE), client, lines, issueDate, dueDate, notes,
                caller());
        if (input.sourceType() != null) {
            invoice.cameFrom(input.sourceType(), input.sourceId(), input.sourceNumber());
        }
        em.persist(invoice);
        em.flush();
        return details(invoice);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public InvoiceDetails find(@NotNull Long id) {
        return details(invoice(id));
    }

    /**
     * The invoice, not cancelled, made from this quote or order (the newest, should there be more), as the list
     * shows it; empty when there is none.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public Optional<InvoiceRow> fromSource(@NotNull InvoiceSource sourceType, @NotNull Long sourceId) {
        return em.createQuery("select new br.com.clientela.invoices.boundary.InvoiceRow(i.id, i.number, c.id,"
                + " c.name, i.issueDate, i.dueDate, i.total, i.amountPaid, i.status) from Invoice i join i.client c"
                + " where i.sourceType = :type and i.sourceId = :source and i.status <> :cancelled"
                + " order by i.number desc", InvoiceRow.class)
                .setParameter("type", sourceType)
                .setParameter("source", sourceId)
                .setParameter("cancelled", InvoiceStatus.CANCELLED)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A page of the list, newest number first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<InvoiceRow> page(@NotNull InvoiceFilter filter, int first, int size) {
        return bind(em.createQuery("select new br.com.clientela.invoices.boundary.InvoiceRow(i.id, i.number, c.id,"
                + " c.name, i.issueDate, i.dueDate, i.total, i.amountPaid, i.status) from Invoice i join i.client c"
                + where(filter) + " order by i.number desc", InvoiceRow.class), filter)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(size, 100)))
                .getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count(@NotNull InvoiceFilter filter) {
        return bind(em.createQuery("select count(i) from Invoice i join i.client c" + where(filter), Long.class),
                filter).getSingleResult();
    }

    /** What the invoices the filter matches still owe (total less what was paid), in one query: the dashboard's overdue card. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public BigDecimal amountDue(@NotNull InvoiceFilter filter) {
        BigDecimal due = bind(em.createQuery("select sum(i.total - i.amountPaid) from Invoice i join i.client c"
                + where(filter), BigDecimal.class), filter).getSingleResult();
        return due == null ? BigDecimal.ZERO.setScale(2) : due.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Registers a payment; see {@link PaymentRegistration} for the rules and the transaction it writes. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public PaymentResult pay(@NotNull Long invoiceId, @NotNull(message = "{clientela.body.required}") PaymentInput input) {
        return payments.pay(invoiceId, input, caller(), LocalDate.now());
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<PaymentRow> payments(@NotNull Long invoiceId) {
        invoice(invoiceId);
        return paymentRows(invoiceId);
    }

    /** Gives a payment back (estorno); see {@link PaymentRefund}. Managers and admins only. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public PaymentResult refund(@NotNull Long invoiceId, @NotNull Long paymentId, String reason) {
        return refunds.refund(invoiceId, paymentId, reason, caller(), LocalDate.now());
    }

    /** Cancels an invoice that received nothing; the reason is required and kept. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public InvoiceDetails cancel(@NotNull Long id, String reason) {
        Invoice invoice = invoice(id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            throw new InvalidInputException("reason", "Informe o motivo do cancelamento.");
        }
        if (why.length() > Invoice.REASON_MAX) {
            throw new InvalidInputException("reason", "O motivo tem no máximo " + Invoice.REASON_MAX + " caracteres.");
        }
        if (invoice.getStatus() == InvoiceStatus.PAID) {
            throw new ConflictException("status", "Uma fatura paga não pode ser cancelada.");
        }
        if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber() + " já está cancelada.");
        }
        if (invoice.getAmountPaid().signum() > 0) {
            throw new ConflictException("status", "A fatura nº " + invoice.getNumber() + " já recebeu pagamentos e "
                    + "não pode ser cancelada.");
        }
        invoice.cancel(why, caller(), LocalDateTime.now());
        em.flush();
        overdue.refreshClient(invoice.getClient().getId(), LocalDate.now());
        return details(invoice);
    }

    /** The PIX charge of an open invoice (409 when it is not open or the company has no PIX key). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public PixCharge pix(@NotNull Long id) {
        return InvoicePixCode.charge(invoice(id), company());
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public byte[] pdf(@NotNull Long id) {
        Invoice invoice = invoice(id);
        Company company = company();
        return InvoicePdf.render(invoice, company,
                InvoicePixCode.available(invoice, company) ? InvoicePixCode.charge(invoice, company) : null,
                LocalDate.now());
    }

    /**
     * Raises or updates the FINANCIAL alert of every client of the caller's company with invoices overdue on
     * {@code today}, and clears the ones no longer overdue (what the hourly schedule does for every company).
     *
     * @return how many alerts were raised, changed or cleared
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public int raiseOverdueAlerts(@NotNull LocalDate today) {
        return overdue.refreshAll(today);
    }

    private InvoiceDetails details(Invoice invoice) {
        LocalDate today = LocalDate.now();
        Company company = company();
        boolean pixAvailable = InvoicePixCode.available(invoice, company);
        Client client = invoice.getClient();
        return new InvoiceDetails(invoice.getId(), invoice.getNumber(), client.getId(), client.getName(),
                invoice.getIssueDate(), invoice.getDueDate(), invoice.effectiveStatus(today),
                invoice.getLines().stream().map(InvoiceLineRow::of).toList(), invoice.getGross(),
                invoice.getDiscount(), invoice.getTotal(), invoice.getAmountPaid(), invoice.amountDue(),
                paymentRows(invoice.getId()), pixAvailable ? InvoicePixCode.charge(invoice, company) : null,
                invoice.isOpen() && !InvoicePixCode.hasKey(company), invoice.getSourceType(), invoice.getSourceId(),
                invoice.getSourceNumber(), invoice.getNotes(), invoice.getCreatedAt(), invoice.getCreatedBy(),
                invoice.getCancelledAt(), invoice.getCancelledBy(), invoice.getCancelReason(),
                invoice.getVersion());
    }

    private List<PaymentRow> paymentRows(Long invoiceId) {
        return em.createQuery("select new br.com.clientela.invoices.boundary.PaymentRow(p.id, p.invoiceId, p.amount,"
                + " p.method, p.paidOn, a.id, a.name, p.actor, p.at, p.refundedAt, p.refundedBy, p.refundReason)"
                + " from Payment p left join p.account a"
                + " where p.invoiceId = :invoice order by p.at, p.id", PaymentRow.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    /**
     * The conditions, starting with " where". The effective status is derived here, in the query: OVERDUE is an
     * open invoice due before today, PENDING and PARTIALLY_PAID only those not yet past due.
     */
    private static String where(InvoiceFilter filter) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (filter.status() != null) {
            jpql.append(switch (filter.status()) {
                case OVERDUE -> " and i.status in :open and i.dueDate < :today";
                case PENDING, PARTIALLY_PAID -> " and i.status = :status and i.dueDate >= :today";
                case PAID, CANCELLED -> " and i.status = :status";
            });
        }
        if (filter.clientId() != null) {
            jpql.append(" and c.id = :client");
        }
        if (filter.from() != null) {
            jpql.append(" and i.issueDate >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and i.issueDate <= :to");
        }
        jpql.append(DocumentSearch.of(filter.q()).where("i.number", "c.searchText"));
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, InvoiceFilter filter) {
        if (filter.status() != null) {
            switch (filter.status()) {
                case OVERDUE -> query.setParameter("open", List.of(InvoiceStatus.PENDING, InvoiceStatus.PARTIALLY_PAID))
                        .setParameter("today", LocalDate.now());
                case PENDING, PARTIALLY_PAID -> query.setParameter("status", filter.status())
                        .setParameter("today", LocalDate.now());
                case PAID, CANCELLED -> query.setParameter("status", filter.status());
            }
        }
        if (filter.clientId() != null) {
            query.setParameter("client", filter.clientId());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        return DocumentSearch.of(filter.q()).bind(query);
    }

    private Invoice invoice(Long id) {
        Invoice invoice = em.find(Invoice.class, id);
        if (invoice == null) {
            throw new NotFoundException("Fatura não encontrada.");
        }
        return invoice;
    }

    private Client client(Long id) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is null", Client.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }

    private Company company() {
        long id = callerCompany.ofStaff(caller()).orElseThrow(() -> new NotFoundException("Empresa não encontrada."));
        return em.find(Company.class, id);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
