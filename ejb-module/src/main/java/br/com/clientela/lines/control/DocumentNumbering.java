package br.com.clientela.lines.control;

import br.com.clientela.companies.boundary.CompanySetUp;
import br.com.clientela.lines.entity.DocumentCounter;
import br.com.clientela.lines.entity.DocumentKind;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Gives the next number of a kind of document for the caller's company, with no gaps and no repeats: the
 * company's counter row is locked (SELECT ... FOR UPDATE) and incremented in the caller's transaction, so
 * concurrent issuers take turns, and a document that is not saved after all gives its number back with the
 * rollback. The lock is held until the caller commits, so take the number as late as possible.
 */
@Dependent
public class DocumentNumbering {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    public long next(DocumentKind kind) {
        DocumentCounter counter = em.createQuery("select c from DocumentCounter c where c.kind = :kind",
                DocumentCounter.class)
                .setParameter("kind", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " counter for this company"));
        return counter.next();
    }

    void create(@Observes CompanySetUp company) {
        for (DocumentKind kind : DocumentKind.values()) {
            em.persist(new DocumentCounter(kind));
        }
    }
}
