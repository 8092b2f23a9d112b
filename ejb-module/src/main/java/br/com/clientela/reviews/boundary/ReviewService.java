package br.com.clientela.reviews.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.orders.entity.SalesOrder;
import br.com.clientela.reviews.entity.Review;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Reviews staff enter for a client: add, list (all or one client's, newest first, paged in the database), delete,
 * and the count and average per client or for the whole company. Scoped to the caller's company.
 * <p>
 * A review may name the order it is about: only one of the same client's orders is accepted (another client's or
 * an unknown one — which includes every other company's — is a 422 on {@code orderId}, and nothing is saved).
 * Appointments do not exist yet; when they do, a review may name one with the same kind of check.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ReviewService {

    public static final int MAX_PAGE = 100;

    private static final String ROW = "select new br.com.clientela.reviews.boundary.ReviewRow(r.id, c.id, c.name,"
            + " r.rating, r.comment, o.id, o.number, r.author, r.createdAt) from Review r join r.client c left join r.order o";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ReviewRow create(@NotNull(message = "{clientela.body.required}") @Valid ReviewInput input) {
        Client client = client(input.clientId());
        SalesOrder order = input.orderId() == null ? null : orderOf(client, input.orderId());
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        Review review = new Review(client, input.rating(), comment, order,
                session.getCallerPrincipal().getName(), LocalDateTime.now());
        em.persist(review);
        em.flush();
        return new ReviewRow(review.getId(), client.getId(), client.getName(), review.getRating(), review.getComment(),
                order == null ? null : order.getId(), order == null ? null : order.getNumber(), review.getAuthor(),
                review.getCreatedAt());
    }

    /** A page of reviews, newest first: one client's when {@code clientId} is given (404 if not the company's). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ReviewRow> list(Long clientId, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        TypedQuery<ReviewRow> query = em.createQuery(ROW + (clientId == null ? "" : " where c.id = :client")
                + " order by r.createdAt desc, r.id desc", ReviewRow.class);
        if (clientId != null) {
            client(clientId);
            query.setParameter("client", clientId);
        }
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Count and average of one client's reviews, or of the whole company's when {@code clientId} is null. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ReviewSummary summary(Long clientId) {
        if (clientId == null) {
            return ReviewSummary.of(em.createQuery("select count(r), avg(r.rating) from Review r", Object[].class)
                    .getSingleResult());
        }
        client(clientId);
        return ReviewSummary.of(em.createQuery("select count(r), avg(r.rating) from Review r where r.client.id = :id",
                Object[].class).setParameter("id", clientId).getSingleResult());
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public void delete(@NotNull Long id) {
        Review review = em.createQuery("select r from Review r where r.id = :id", Review.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Avaliação não encontrada."));
        em.remove(review);
    }

    /** The client's own order; another client's, or one not found in the company, is refused on orderId. */
    private SalesOrder orderOf(Client client, Long orderId) {
        SalesOrder order = em.createQuery("select o from SalesOrder o where o.id = :id", SalesOrder.class)
                .setParameter("id", orderId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("orderId", "Pedido não encontrado."));
        if (!client.getId().equals(order.getClientId())) {
            throw new InvalidInputException("orderId", "O pedido nº " + order.getNumber()
                    + " é de outro cliente: escolha um pedido deste cliente.");
        }
        return order;
    }

    private Client client(Long id) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is null", Client.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cliente não encontrado."));
    }
}
