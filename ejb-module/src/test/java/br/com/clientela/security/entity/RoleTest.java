package br.com.clientela.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void staffGrantsOnlyTheStaffGroup() {
        assertThat(Role.STAFF.groups()).containsExactly("STAFF");
    }

    @Test
    void managerGrantsManagerAndStaffButNotAdmin() {
        assertThat(Role.MANAGER.groups()).containsExactlyInAnyOrder("MANAGER", "STAFF");
    }

    @Test
    void adminGrantsEveryGroup() {
        assertThat(Role.ADMIN.groups()).containsExactlyInAnyOrder("ADMIN", "MANAGER", "STAFF");
    }

    @Test
    void eachRoleGrantsEverythingTheRoleBelowItGrants() {
        assertThat(Role.ADMIN.groups()).containsAll(Role.MANAGER.groups());
        assertThat(Role.MANAGER.groups()).containsAll(Role.STAFF.groups());
        assertThat(Role.STAFF.groups()).doesNotContain("MANAGER", "ADMIN");
    }

    @Test
    void groupsCannotBeChangedByTheCaller() {
        assertThrows(UnsupportedOperationException.class, () -> Role.MANAGER.groups().add("ADMIN"));
    }

    @Test
    void labelsArePortuguese() {
        assertThat(Role.STAFF.label()).isEqualTo("Equipe");
        assertThat(Role.MANAGER.label()).isEqualTo("Gerente");
        assertThat(Role.ADMIN.label()).isEqualTo("Administrador");
    }
}
