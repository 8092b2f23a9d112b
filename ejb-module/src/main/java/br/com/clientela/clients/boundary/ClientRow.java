package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A client in a list: built by a JPQL constructor query, one row per client, no addresses. The names of its
 * groups are added by one more query per page ({@link #withGroups}), never one per row.
 */
public record ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
        LifecycleStage stage, ClientStatus status, LocalDateTime updatedAt, BigDecimal defaultFee,
        BigDecimal totalSpent, List<String> groups) {

    public ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
            ClientStatus status, LocalDateTime updatedAt, BigDecimal defaultFee, BigDecimal totalSpent,
            LocalDateTime firstPurchaseAt) {
        this(id, kind, name, document, email, phone, LifecycleStage.of(status, firstPurchaseAt), status, updatedAt,
                defaultFee, totalSpent, List.of());
    }

    public ClientRow withGroups(List<String> names) {
        return new ClientRow(id, kind, name, document, email, phone, stage, status, updatedAt, defaultFee, totalSpent,
                List.copyOf(names));
    }
}
