package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A client as one line of the CSV export: built by a JPQL constructor query; group names added per page. */
public record ClientExportRow(Long id, ClientKind kind, String name, String tradeName, String document, String email,
        String phone, LocalDate birthDate, String origin, ClientStatus status, LifecycleStage stage,
        LocalDateTime createdAt, LocalDateTime updatedAt, List<String> groups) {

    public ClientExportRow(Long id, ClientKind kind, String name, String tradeName, String document, String email,
            String phone, LocalDate birthDate, String origin, ClientStatus status, LocalDateTime createdAt,
            LocalDateTime updatedAt, LocalDateTime firstPurchaseAt) {
        this(id, kind, name, tradeName, document, email, phone, birthDate, origin, status,
                LifecycleStage.of(status, firstPurchaseAt), createdAt, updatedAt, List.of());
    }

    ClientExportRow withGroups(List<String> names) {
        return new ClientExportRow(id, kind, name, tradeName, document, email, phone, birthDate, origin, status, stage,
                createdAt, updatedAt, List.copyOf(names));
    }
}
