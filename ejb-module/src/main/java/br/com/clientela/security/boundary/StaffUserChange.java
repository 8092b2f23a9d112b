package br.com.clientela.security.boundary;

import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An ADMIN's change to a staff member: name, role, and whether the account may sign in. */
public record StaffUserChange(
        @NotBlank(message = "{clientela.name.required}")
        @Size(max = StaffUser.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @NotNull(message = "{clientela.role.required}")
        Role role,

        @NotNull(message = "{clientela.active.required}")
        Boolean active) {
}
