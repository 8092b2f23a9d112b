package br.com.clientela.alerts.boundary;

import br.com.clientela.alerts.entity.AlertPriority;
import br.com.clientela.alerts.entity.AlertType;
import br.com.clientela.alerts.entity.ClientAlert;
import java.time.LocalDateTime;

/** An alert as the profile and the API show it. */
public record AlertRow(Long id, Long clientId, AlertType type, AlertPriority priority, String description,
        boolean active, String author, LocalDateTime createdAt) {

    static AlertRow of(ClientAlert alert) {
        return new AlertRow(alert.getId(), alert.getClient().getId(), alert.getType(), alert.getPriority(),
                alert.getDescription(), alert.isActive(), alert.getAuthor(), alert.getCreatedAt());
    }
}
