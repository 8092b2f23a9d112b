package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.shared.money.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A client in a list: built by a JPQL constructor query, one row per client, no addresses. The names of its
 * groups ({@link #withGroups}) and what it owes on open invoices ({@link #withAmountDue}: the total less what was
 * paid of its PENDING and PARTIALLY_PAID invoices, zero when none) are added by one more query each per page,
 * never one per row.
 */
public record ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
        LifecycleStage stage, ClientStatus status, LocalDateTime updatedAt, BigDecimal defaultFee,
        BigDecimal totalSpent, BigDecimal amountDue, List<String> groups) {

    public ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
            ClientStatus status, LocalDateTime updatedAt, BigDecimal defaultFee, BigDecimal totalSpent,
            LocalDateTime firstPurchaseAt) {
        this(id, kind, name, document, email, phone, LifecycleStage.of(status, firstPurchaseAt), status, updatedAt,
                defaultFee, totalSpent, Money.ZERO, List.of());
    }

    public ClientRow withGroups(List<String> names) {
        return new ClientRow(id, kind, name, document, email, phone, stage, status, updatedAt, defaultFee, totalSpent,
                amountDue, List.copyOf(names));
    }

    public ClientRow withAmountDue(BigDecimal due) {
        return new ClientRow(id, kind, name, document, email, phone, stage, status, updatedAt, defaultFee, totalSpent,
                due, groups);
    }
}
