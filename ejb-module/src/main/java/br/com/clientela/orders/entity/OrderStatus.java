package br.com.clientela.orders.entity;

import br.com.clientela.shared.settings.NamedSetting;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A status of orders (situação do pedido) the company defines, in the company's order of {@code position}. Two
 * flags give it meaning: {@code paid} (an order in it counts as paid, so the client's total spent and the CUSTOMER
 * stage follow it) and {@code closed} (the order is finished or cancelled and can no longer change). Defaults:
 * Aberto, Em andamento, Pago (paid), Entregue (paid, closed), Cancelado (closed).
 */
@Entity
@Table(name = "order_status")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class OrderStatus extends NamedSetting implements Positioned {

    public static final int NAME_MAX = NamedSetting.NAME_MAX;

    @Id
    @SequenceGenerator(name = "order_status_seq", sequenceName = "order_status_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_status_seq")
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean paid;

    @Column(nullable = false)
    private boolean closed;

    protected OrderStatus() {
    }

    public OrderStatus(String name, int position, boolean paid, boolean closed) {
        super(name);
        this.position = position;
        this.paid = paid;
        this.closed = closed;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isPaid() {
        return paid;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setFlags(boolean paid, boolean closed) {
        this.paid = paid;
        this.closed = closed;
    }
}
