package br.com.clientela.clients.boundary;

import br.com.clientela.clients.control.ClientSearchWords;
import br.com.clientela.clients.control.DuplicateFinder;
import br.com.clientela.clients.control.PhoneNumber;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Likely duplicates among the company's clients: the warning while a client is typed (same e-mail or phone as
 * another) and the pairs of the "Encontrar duplicados" page, compared and paged in the database.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class DuplicateService {

    private static final int MAX_PAGE = 100;
    /**
     * Pairs counted at most: each pair is found by index probes, so a page is quick at any size, but counting
     * every pair of a base of a million clients takes seconds; past this many, narrow the search.
     */
    public static final int MAX_COUNTED = 1000;
    private static final String PAIR = "select new br.com.clientela.clients.boundary.DuplicatePair(a.id, a.kind,"
            + " a.name, a.document, a.email, a.phone, a.birthDate, a.nameKey, b.id, b.kind, b.name, b.document,"
            + " b.email, b.phone, b.birthDate, b.nameKey)";
    /** Both outside the trash, each pair once (older record first), alike on one of the four keys. */
    private static final String PAIRS = " from Client a, Client b where a.id < b.id and a.deletedAt is null"
            + " and b.deletedAt is null and (a.document = b.document or a.emailKey = b.emailKey"
            + " or a.phone = b.phone or (a.nameKey = b.nameKey and a.birthDate = b.birthDate))";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Inject
    DuplicateFinder finder;

    /** Other clients with this e-mail or phone (in any usual format); {@code ownId} is the one being edited. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<PossibleDuplicate> sharingContact(Long ownId, String email, String phone) {
        return finder.sharingContact(ownId, email, PhoneNumber.normalize(phone).orElse(null));
    }

    /** A page of likely pairs, newest records first; {@code typed} (optional) narrows to pairs with a match. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<DuplicatePair> pairs(String typed, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return matching(em.createQuery(PAIR + PAIRS + where(typed) + " order by b.id desc, a.id desc",
                DuplicatePair.class), typed).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** How many pairs there are, up to {@link #MAX_COUNTED}. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countPairs(String typed) {
        return matching(em.createQuery("select a.id" + PAIRS + where(typed), Long.class), typed)
                .setMaxResults(MAX_COUNTED).getResultList().size();
    }

    /** Pairs with a client that matches every word typed. */
    private static String where(String typed) {
        ClientSearchWords words = ClientSearchWords.of(typed);
        return words.isEmpty() ? ""
                : " and ((" + words.matching("a.searchText") + ") or (" + words.matching("b.searchText") + "))";
    }

    private static <T> TypedQuery<T> matching(TypedQuery<T> query, String typed) {
        return ClientSearchWords.of(typed).bind(query);
    }
}
