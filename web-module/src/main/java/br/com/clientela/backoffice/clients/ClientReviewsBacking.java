package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.orders.boundary.OrderFilter;
import br.com.clientela.orders.boundary.OrderRow;
import br.com.clientela.orders.boundary.OrderService;
import br.com.clientela.reviews.boundary.ReviewInput;
import br.com.clientela.reviews.boundary.ReviewRow;
import br.com.clientela.reviews.boundary.ReviewService;
import br.com.clientela.reviews.boundary.ReviewSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The "Avaliações" tab of a client's profile (WEB-INF/includes/clients/reviews-tab.xhtml): the reviews paged in
 * the database, their count and average, and adding one with stars, a comment and, optionally, one of the client's
 * orders (the newest {@link OrderService#MAX_PAGE} are offered).
 */
@Named
@ViewScoped
public class ClientReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReviewService reviews;

    @EJB
    OrderService orders;

    @Inject
    ClientProfileBacking profile;

    private Integer rating;
    private String comment;
    private Long orderId;
    private ReviewSummary summary;
    private List<OrderRow> clientOrders;

    private final PagedRows<ReviewRow> rows = new PagedRows<>(() -> reviews.summary(profile.getId()).count(),
            (first, size) -> reviews.list(profile.getId(), first, size), ReviewRow::id);

    public void add() {
        ReviewInput input = new ReviewInput(profile.getId(), rating, comment, orderId);
        if (PageMessages.attempt("profileForm:tabs:reviews", () -> reviews.create(input))) {
            rating = null;
            comment = null;
            orderId = null;
            summary = null;
            clientOrders = null;
            PageMessages.info("reviews.added");
        }
    }

    /** Asked once per view; forgotten when a review is added. */
    public ReviewSummary getSummary() {
        if (summary == null) {
            summary = reviews.summary(profile.getId());
        }
        return summary;
    }

    /** The client's orders a review may name, newest first; asked once per view, again after a review is added. */
    public List<OrderRow> getClientOrders() {
        if (clientOrders == null) {
            clientOrders = orders.page(OrderFilter.ofClient(profile.getId()), 0, OrderService.MAX_PAGE);
        }
        return clientOrders;
    }

    public PagedRows<ReviewRow> getRows() {
        return rows;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }
}
