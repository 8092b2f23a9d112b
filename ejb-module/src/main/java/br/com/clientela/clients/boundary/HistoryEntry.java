package br.com.clientela.clients.boundary;

import br.com.clientela.audit.entity.AuditAction;
import java.time.LocalDateTime;

/** One line of a client's history. */
public record HistoryEntry(AuditAction action, String field, String oldValue, String newValue, String actor,
        LocalDateTime at) {
}
