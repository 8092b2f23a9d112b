package br.com.clientela.security.entity;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A staff member's role. Roles nest: an ADMIN may do everything a MANAGER may, a MANAGER everything a
 * STAFF member may, so the identity store hands out the role's group and every group below it.
 */
public enum Role {
    STAFF("Equipe"),
    MANAGER("Gerente"),
    ADMIN("Administrador");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Security groups (= role names) this role grants. */
    public Set<String> groups() {
        return EnumSet.range(STAFF, this).stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }
}
