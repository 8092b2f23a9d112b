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
 * A type of order (tipo de pedido) the company defines: Pedido, Orçamento, Devolução, Recibo de pagamento by
 * default. Offered in the company's order of {@code position}; deactivated rather than deleted once orders use it.
 */
@Entity
@Table(name = "order_type")
@Multitenant
@TenantDiscriminatorColumn(name = "company_id", discriminatorType = DiscriminatorType.INTEGER)
public class OrderType extends NamedSetting implements Positioned {

    public static final int NAME_MAX = NamedSetting.NAME_MAX;

    @Id
    @SequenceGenerator(name = "order_type_seq", sequenceName = "order_type_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_type_seq")
    private Long id;

    @Column(nullable = false)
    private int position;

    protected OrderType() {
    }

    public OrderType(String name, int position) {
        super(name);
        this.position = position;
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
}
