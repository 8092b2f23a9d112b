package br.com.clientela.quotes.boundary;

import br.com.clientela.quotes.control.QuoteHistory;
import br.com.clientela.quotes.control.QuoteTransitions;
import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.shared.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Expires the sent quotes whose validity ended before {@code today} (SENT → EXPIRED, recorded as done by
 * "sistema"). {@link QuoteExpirySchedule}'s timer calls {@link #expire} once per company, each in a transaction of
 * its own and with no signed-in caller (hence {@code @PermitAll}; no page or endpoint reaches it);
 * {@link #expireDue} does the same for the caller's company, for a manager and for the tests.
 */
@Stateless
public class QuoteExpiry {

    public static final String SYSTEM = "sistema";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    QuoteHistory history;

    /** @return how many of the company's quotes expired */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expire(long companyId, @NotNull LocalDate today) {
        TenantScope.enter(em, companyId);
        return expireSent(today);
    }

    /** @return how many of the caller's company's quotes expired */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public int expireDue(@NotNull LocalDate today) {
        return expireSent(today);
    }

    private int expireSent(LocalDate today) {
        List<Quote> due = em.createQuery("select q from Quote q where q.status = :sent and q.validUntil < :today",
                Quote.class)
                .setParameter("sent", QuoteStatus.SENT)
                .setParameter("today", today)
                .getResultList();
        for (Quote quote : due) {
            QuoteTransitions.check(quote.getStatus(), QuoteStatus.EXPIRED);
            history.move(quote, QuoteStatus.EXPIRED, SYSTEM, "Validade encerrada em "
                    + quote.getValidUntil().format(DATE) + ".");
        }
        return due.size();
    }
}
