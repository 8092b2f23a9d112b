package br.com.clientela.security.boundary;

import br.com.clientela.security.entity.Role;
import br.com.clientela.security.entity.StaffUser;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an ADMIN types to give someone access to the back office. */
public record NewStaffUser(
        @NotBlank(message = "{clientela.email.required}")
        @Email(message = "{clientela.email.invalid}")
        @Size(max = StaffUser.EMAIL_MAX, message = "{clientela.size.max}")
        String email,

        @NotBlank(message = "{clientela.name.required}")
        @Size(max = StaffUser.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @NotNull(message = "{clientela.role.required}")
        Role role,

        @NotNull(message = "{clientela.password.required}")
        @StrongPassword
        String password) {
}
