package br.com.clientela.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** One change of an order's status: from (null when the order was created), to, who and when. Never changed. */
@Entity
@Table(name = "order_status_change")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class OrderStatusChange {

    @Id
    @SequenceGenerator(name = "order_status_change_seq", sequenceName = "order_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_change_seq")
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "from_status_id", updatable = false)
    private Long fromStatusId;

    @Column(name = "to_status_id", nullable = false, updatable = false)
    private Long toStatusId;

    @Column(nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime at;

    protected OrderStatusChange() {
    }

    public OrderStatusChange(Long orderId, Long fromStatusId, Long toStatusId, String actor, LocalDateTime at) {
        this.orderId = orderId;
        this.fromStatusId = fromStatusId;
        this.toStatusId = toStatusId;
        this.actor = actor;
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getFromStatusId() {
        return fromStatusId;
    }

    public Long getToStatusId() {
        return toStatusId;
    }

    public String getActor() {
        return actor;
    }

    public LocalDateTime getAt() {
        return at;
    }
}
