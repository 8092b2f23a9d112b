package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import java.time.LocalDateTime;

/** A client in a list: built by a JPQL constructor query, one row per client, no addresses. */
public record ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
        LifecycleStage stage, ClientStatus status, LocalDateTime updatedAt) {

    public ClientRow(Long id, ClientKind kind, String name, String document, String email, String phone,
            ClientStatus status, LocalDateTime updatedAt) {
        this(id, kind, name, document, email, phone, LifecycleStage.of(status), status, updatedAt);
    }
}
