package br.com.clientela.alerts.boundary;

import br.com.clientela.alerts.entity.AlertPriority;
import br.com.clientela.alerts.entity.AlertType;
import br.com.clientela.alerts.entity.ClientAlert;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An alert's fields for creating or changing it; {@code active} left out means active. */
public record AlertInput(
        @NotNull(message = "{clientela.alert.type.required}")
        AlertType type,
        @NotNull(message = "{clientela.alert.priority.required}")
        AlertPriority priority,
        @NotBlank(message = "{clientela.alert.description.required}")
        @Size(max = ClientAlert.DESCRIPTION_MAX, message = "{clientela.size.max}")
        String description,
        Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
