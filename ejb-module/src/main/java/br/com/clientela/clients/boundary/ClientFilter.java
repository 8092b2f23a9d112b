package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.LifecycleStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * What a client list is narrowed to: the search box (name, trade name, CPF/CNPJ, phone, e-mail), a lifecycle
 * stage, a group, only active or only inactive clients, the origin ("como nos conheceu", exact, case ignored),
 * days of registration and of the last change (both ends included), the month of birth, the center (unidade) and
 * the owner (responsável). Null means "any".
 */
public record ClientFilter(String q, LifecycleStage stage, Long groupId, Boolean active, String origin,
        LocalDate createdFrom, LocalDate createdTo, LocalDate updatedFrom, LocalDate updatedTo,
        @Min(value = 1, message = "{clientela.filter.birthMonth}") @Max(value = 12, message = "{clientela.filter.birthMonth}")
        Integer birthMonth, Long centerId, Long ownerId) {

    /** Every client not in the trash. */
    public static final ClientFilter ALL = search(null);

    public static ClientFilter search(String q) {
        return new ClientFilter(q, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ClientFilter group(Long groupId) {
        return new ClientFilter(null, null, groupId, null, null, null, null, null, null, null, null, null);
    }
}
