package br.com.clientela.quotes.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.lines.boundary.LineTotals;
import br.com.clientela.lines.control.DocumentNumbering;
import br.com.clientela.lines.control.SaleLines;
import br.com.clientela.lines.entity.DocumentKind;
import br.com.clientela.lines.entity.SaleLine;
import br.com.clientela.quotes.control.QuoteDocument;
import br.com.clientela.quotes.control.QuoteHistory;
import br.com.clientela.quotes.control.QuoteSearch;
import br.com.clientela.quotes.control.QuoteTransitions;
import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteStatusChange;
import br.com.clientela.quotes.entity.QuoteTarget;
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
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotes (orçamentos): a draft is created, edited and deleted; it is sent to the client, who accepts or refuses
 * it (or lets it expire, see {@link QuoteExpiry}); an accepted quote is converted once into an order or invoice
 * ({@link #takeForConversion} and {@link #markConverted}, called by that feature in its own transaction). Which
 * state may follow which is {@link QuoteTransitions}' table; every change is recorded with who and when. Only
 * the caller's company's quotes and clients (not in the trash) are found: another company's id is a 404.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class QuoteService {

    public static final int MAX_PAGE = 100;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String ROW = "select new br.com.clientela.quotes.boundary.QuoteRow(q.id, q.number, "
            + "q.clientId, c.name, q.createdAt, q.validUntil, q.total, q.status) from Quote q, Client c "
            + "where c.id = q.clientId";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    @Inject
    SaleLines saleLines;

    @Inject
    DocumentNumbering numbering;

    @Inject
    QuoteHistory history;

    @Inject
    CallerCompany callerCompany;

    /** A new draft with the company's next quote number. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails create(@NotNull(message = "{clientela.body.required}") @Valid QuoteInput input) {
        Client client = requireClient(input.clientId());
        List<SaleLine> lines = checked(input);
        Quote quote = new Quote(numbering.next(DocumentKind.QUOTE), caller());
        apply(quote, input, lines);
        em.persist(quote);
        em.flush();
        history.created(quote, caller());
        return details(quote, client.getName());
    }

    /** Replaces client, validity, notes and lines of a draft. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid QuoteInput input) {
        return update(id, input, null);
    }

    /**
     * Replaces client, validity, notes and lines of a draft, refusing a change based on a version other than the
     * current one ({@code expectedVersion} null: whatever the current version is).
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid QuoteInput input, Long expectedVersion) {
        Quote quote = load(id, false);
        versions.claim(quote, "Quote", id, quote.getVersion(), expectedVersion, caller());
        QuoteTransitions.checkEditable(quote.getStatus());
        Client client = requireClient(input.clientId());
        apply(quote, input, checked(input));
        em.flush();
        return details(quote, client.getName());
    }

    /** Deletes a draft for good, with its history. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public void delete(@NotNull Long id) {
        Quote quote = load(id, false);
        QuoteTransitions.checkDeletable(quote.getStatus());
        history.forget(quote.getId());
        em.remove(quote);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails find(@NotNull Long id) {
        Quote quote = load(id, false);
        return details(quote, clientName(quote.getClientId()));
    }

    /** A page of the quotes that match, newest number first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<QuoteRow> page(QuoteFilter filter, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        QuoteFilter f = filter == null ? QuoteFilter.all() : filter;
        return QuoteSearch.bind(em.createQuery(ROW + QuoteSearch.where(f) + " order by q.number desc", QuoteRow.class), f)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count(QuoteFilter filter) {
        QuoteFilter f = filter == null ? QuoteFilter.all() : filter;
        return QuoteSearch.bind(em.createQuery("select count(q) from Quote q, Client c where c.id = q.clientId"
                + QuoteSearch.where(f), Long.class), f).getSingleResult();
    }

    /** Every state the quote went through, oldest first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<QuoteHistoryRow> history(@NotNull Long id) {
        return historyRows(load(id, false).getId());
    }

    /** DRAFT → SENT; the validity must not have passed already. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails send(@NotNull Long id) {
        Quote quote = load(id, false);
        QuoteTransitions.check(quote.getStatus(), QuoteStatus.SENT);
        if (quote.getValidUntil().isBefore(today())) {
            throw new InvalidInputException("validUntil", "A validade deste orçamento ("
                    + quote.getValidUntil().format(DATE) + ") já passou: altere a validade antes de enviá-lo.");
        }
        history.move(quote, QuoteStatus.SENT, caller(), null);
        return find(quote);
    }

    /** SENT → ACCEPTED, while still valid. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails accept(@NotNull Long id) {
        Quote quote = load(id, false);
        QuoteTransitions.check(quote.getStatus(), QuoteStatus.ACCEPTED);
        if (quote.getValidUntil().isBefore(today())) {
            throw new ConflictException("status", "Este orçamento venceu em " + quote.getValidUntil().format(DATE)
                    + " e não pode mais ser aceito. Crie um novo orçamento.");
        }
        history.move(quote, QuoteStatus.ACCEPTED, caller(), null);
        return find(quote);
    }

    /** SENT → REJECTED, with the client's reason when there is one. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteDetails reject(@NotNull Long id, String reason) {
        Quote quote = load(id, false);
        QuoteTransitions.check(quote.getStatus(), QuoteStatus.REJECTED);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > QuoteStatusChange.REASON_MAX) {
            throw new InvalidInputException("reason", "O motivo tem no máximo " + QuoteStatusChange.REASON_MAX
                    + " caracteres.");
        }
        history.move(quote, QuoteStatus.REJECTED, caller(), why);
        return find(quote);
    }

    /** The quote as a PDF in pt-BR, with the company's header and logo. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public byte[] pdf(@NotNull Long id) {
        Quote quote = load(id, false);
        Client client = em.createQuery("select c from Client c where c.id = :id", Client.class)
                .setParameter("id", quote.getClientId()).getSingleResult();
        long companyId = callerCompany.ofStaff(caller())
                .orElseThrow(() -> new NotFoundException("Empresa não encontrada."));
        return QuoteDocument.pdf(quote, em.find(Company.class, companyId), client);
    }

    /**
     * An accepted quote's number, client and lines (copies), for the order or invoice it becomes. The quote stays
     * locked until the caller's transaction ends, so two conversions cannot both take it; the caller then saves
     * its document and calls {@link #markConverted} in the same transaction.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public QuoteForConversion takeForConversion(@NotNull Long quoteId) {
        Quote quote = load(quoteId, true);
        refuseUnlessAccepted(quote);
        return new QuoteForConversion(quote.getId(), quote.getNumber(), quote.getClientId(),
                quote.getLines().stream().map(SaleLine::copy).toList());
    }

    /** ACCEPTED → CONVERTED, keeping the link to the order or invoice ({@code targetNumber} as shown, e.g. "12"). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public void markConverted(@NotNull Long quoteId, @NotNull QuoteTarget target, @NotNull Long targetId,
            String targetNumber) {
        Quote quote = load(quoteId, true);
        refuseUnlessAccepted(quote);
        String number = targetNumber == null || targetNumber.isBlank() ? null : targetNumber.strip();
        if (number != null && number.length() > Quote.TARGET_NUMBER_MAX) {
            throw new InvalidInputException("targetNumber", "O número do documento tem no máximo "
                    + Quote.TARGET_NUMBER_MAX + " caracteres.");
        }
        history.converted(quote, target, targetId, number, caller());
    }

    private void refuseUnlessAccepted(Quote quote) {
        if (quote.getStatus() == QuoteStatus.CONVERTED) {
            throw new ConflictException("status", "Este orçamento já foi convertido em "
                    + quote.getConvertedTo().label()
                    + (quote.getConvertedNumber() == null ? "" : " nº " + quote.getConvertedNumber()) + ".");
        }
        QuoteTransitions.check(quote.getStatus(), QuoteStatus.CONVERTED);
    }

    /** Annotation-free checks: the validity is today or later, and the lines resolve; all errors at once. */
    private List<SaleLine> checked(QuoteInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = today();
        if (input.validUntil().isBefore(today)) {
            errors.put("validUntil", "A validade não pode ser anterior a hoje (" + today.format(DATE) + ").");
        }
        List<SaleLine> lines = null;
        try {
            lines = saleLines.resolve(input.lines());
        } catch (InvalidInputException invalid) {
            errors.putAll(invalid.getFields());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return lines;
    }

    private static void apply(Quote quote, QuoteInput input, List<SaleLine> lines) {
        LineTotals totals = LineTotals.of(lines);
        String notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().strip();
        quote.change(input.clientId(), input.validUntil(), notes, lines, totals.gross(), totals.discount(),
                totals.total());
    }

    private QuoteDetails find(Quote quote) {
        return details(quote, clientName(quote.getClientId()));
    }

    private QuoteDetails details(Quote quote, String clientName) {
        return QuoteDetails.of(quote, clientName, historyRows(quote.getId()));
    }

    private List<QuoteHistoryRow> historyRows(Long quoteId) {
        return history.of(quoteId).stream()
                .map(c -> new QuoteHistoryRow(c.getFrom(), c.getTo(), c.getActor(), c.getAt(), c.getReason()))
                .toList();
    }

    private Quote load(Long id, boolean lock) {
        TypedQuery<Quote> query = em.createQuery("select q from Quote q where q.id = :id", Quote.class)
                .setParameter("id", id);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Orçamento não encontrado."));
    }

    private Client requireClient(Long clientId) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is null", Client.class)
                .setParameter("id", clientId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }

    private String clientName(Long clientId) {
        return em.createQuery("select c.name from Client c where c.id = :id", String.class)
                .setParameter("id", clientId).getResultStream().findFirst().orElse("");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
