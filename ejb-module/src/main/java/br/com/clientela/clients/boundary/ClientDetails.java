package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.LifecycleStage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The whole client record as the profile page and the API show it. */
public record ClientDetails(Long id, ClientKind kind, String name, String tradeName, String document, String email,
        String phone, LocalDate birthDate, String origin, String observations, ClientStatus status,
        LifecycleStage stage, List<AddressDetails> addresses, LocalDateTime createdAt, LocalDateTime updatedAt,
        List<GroupRef> groups, List<PossibleDuplicate> possibleDuplicates) {

    /** A group the client belongs to. */
    public record GroupRef(Long id, String name) {
    }

    static ClientDetails of(Client c) {
        return of(c, List.of());
    }

    /** With the other clients that share its e-mail or phone (a warning shown after saving). */
    static ClientDetails of(Client c, List<PossibleDuplicate> possibleDuplicates) {
        return new ClientDetails(c.getId(), c.getKind(), c.getName(), c.getTradeName(), c.getDocument(), c.getEmail(),
                c.getPhone(), c.getBirthDate(), c.getOrigin(), c.getObservations(), c.getStatus(), c.stage(),
                c.getAddresses().stream().map(AddressDetails::of).toList(), c.getCreatedAt(), c.getUpdatedAt(),
                c.getGroups().stream().map(g -> new GroupRef(g.getId(), g.getName()))
                        .sorted(java.util.Comparator.comparing(GroupRef::name)).toList(), possibleDuplicates);
    }
}
