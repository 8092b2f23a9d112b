package br.com.clientela.security.boundary;

import br.com.clientela.security.entity.Role;
import java.time.LocalDateTime;

/** A staff member as lists and the API show them (never the password hash). */
public record StaffUserRow(Long id, String email, String name, Role role, boolean active, boolean locked,
        LocalDateTime createdAt) {

    /** For JPQL constructor queries: {@code locked} is worked out from the lock's end. */
    public StaffUserRow(Long id, String email, String name, Role role, boolean active, LocalDateTime lockedUntil,
            LocalDateTime createdAt) {
        this(id, email, name, role, active, lockedUntil != null && lockedUntil.isAfter(LocalDateTime.now()),
                createdAt);
    }
}
