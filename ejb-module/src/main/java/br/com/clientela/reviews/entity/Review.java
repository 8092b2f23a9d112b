package br.com.clientela.reviews.entity;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.orders.entity.SalesOrder;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A client's rating (1 to 5) with an optional comment, entered by staff. Never edited: a wrong review is deleted
 * and entered again. {@code order} optionally names the order it is about — always one of the same client (the
 * service checks it) and of the same company (tenancy); deleting the order leaves the review without it (the
 * foreign key sets it to null). Appointments do not exist yet: when they arrive, a review may name one the same
 * way (a nullable {@code appointment_id} with its own check), at most one of the two.
 */
@Entity
@Table(name = "review")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class Review {

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;
    public static final int COMMENT_MAX = 1000;
    public static final int AUTHOR_MAX = 254;

    @Id
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(nullable = false)
    private int rating;

    @Column(length = COMMENT_MAX)
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Column(nullable = false, length = AUTHOR_MAX)
    private String author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Review() {
    }

    public Review(Client client, int rating, String comment, SalesOrder order, String author, LocalDateTime createdAt) {
        this.client = client;
        this.rating = rating;
        this.comment = comment;
        this.order = order;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public int getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    /** The order the review is about, or null. */
    public SalesOrder getOrder() {
        return order;
    }

    public String getAuthor() {
        return author;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
