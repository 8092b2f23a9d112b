package br.com.clientela.orders.control;

import br.com.clientela.companies.boundary.CompanySetUp;
import br.com.clientela.orders.entity.OrderStatus;
import br.com.clientela.orders.entity.OrderType;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A new company starts with the default order types and statuses (V16 gave the same to the companies before it):
 * types Pedido, Orçamento, Devolução, Recibo de pagamento; statuses Aberto, Em andamento, Pago (paid), Entregue
 * (paid, closed), Cancelado (closed).
 */
@Dependent
public class OrderDefaults {

    public static final List<String> TYPES = List.of("Pedido", "Orçamento", "Devolução", "Recibo de pagamento");

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    void create(@Observes CompanySetUp company) {
        for (int i = 0; i < TYPES.size(); i++) {
            em.persist(new OrderType(TYPES.get(i), i + 1));
        }
        em.persist(new OrderStatus("Aberto", 1, false, false));
        em.persist(new OrderStatus("Em andamento", 2, false, false));
        em.persist(new OrderStatus("Pago", 3, true, false));
        em.persist(new OrderStatus("Entregue", 4, true, true));
        em.persist(new OrderStatus("Cancelado", 5, false, true));
    }
}
