package br.com.clientela.quotes.control;

import br.com.clientela.quotes.entity.Quote;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.quotes.entity.QuoteStatusChange;
import br.com.clientela.quotes.entity.QuoteTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Moves a quote to a state the caller has already checked with {@link QuoteTransitions} and writes the step into
 * its history, in the caller's transaction; the creation is recorded the same way, from no state to DRAFT.
 */
@Dependent
public class QuoteHistory {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public void created(Quote quote, String actor) {
        em.persist(new QuoteStatusChange(quote.getId(), null, quote.getStatus(), actor, null));
    }

    public void move(Quote quote, QuoteStatus to, String actor, String reason) {
        QuoteStatus from = quote.getStatus();
        quote.moveTo(to);
        em.persist(new QuoteStatusChange(quote.getId(), from, to, actor, reason));
    }

    /** Links the accepted quote to what it became and records the step, saying into what. */
    public void converted(Quote quote, QuoteTarget target, Long targetId, String targetNumber, String actor) {
        QuoteStatus from = quote.getStatus();
        quote.convertedInto(target, targetId, targetNumber);
        em.persist(new QuoteStatusChange(quote.getId(), from, quote.getStatus(), actor, "Convertido em "
                + target.label() + (targetNumber == null ? "" : " nº " + targetNumber) + "."));
    }

    /** The quote's steps, oldest first. */
    public List<QuoteStatusChange> of(Long quoteId) {
        return em.createQuery("select c from QuoteStatusChange c where c.quoteId = :quote order by c.at, c.id",
                QuoteStatusChange.class).setParameter("quote", quoteId).getResultList();
    }

    public void forget(Long quoteId) {
        em.createQuery("delete from QuoteStatusChange c where c.quoteId = :quote").setParameter("quote", quoteId)
                .executeUpdate();
    }
}
