package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.reviews.boundary.ReviewInput;
import br.com.clientela.reviews.boundary.ReviewRow;
import br.com.clientela.reviews.boundary.ReviewService;
import br.com.clientela.reviews.boundary.ReviewSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The "Avaliações" tab of a client's profile (WEB-INF/includes/clients/reviews-tab.xhtml): the reviews paged in
 * the database, their count and average, and adding one with stars and a comment.
 */
@Named
@ViewScoped
public class ClientReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReviewService reviews;

    @Inject
    ClientProfileBacking profile;

    private Integer rating;
    private String comment;
    private ReviewSummary summary;

    private final PagedRows<ReviewRow> rows = new PagedRows<>(() -> reviews.summary(profile.getId()).count(),
            (first, size) -> reviews.list(profile.getId(), first, size), ReviewRow::id);

    public void add() {
        ReviewInput input = new ReviewInput(profile.getId(), rating, comment, null);
        if (PageMessages.attempt("profileForm:tabs:reviews", () -> reviews.create(input))) {
            rating = null;
            comment = null;
            summary = null;
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
}
