package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.ClientStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A bulk action: what to do, to which clients, and its argument — the group for ADD_TO_GROUP and
 * REMOVE_FROM_GROUP, the status for CHANGE_STATUS, the staff member for SET_OWNER.
 */
public record BulkRequest(
        @NotNull(message = "{clientela.bulk.action.required}") BulkAction action,
        @NotNull(message = "{clientela.body.required}") @Valid ClientTargets targets,
        Long groupId,
        ClientStatus status,
        Long ownerId) {
}
