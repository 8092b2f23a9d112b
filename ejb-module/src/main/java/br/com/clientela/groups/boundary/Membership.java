package br.com.clientela.groups.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The clients a bulk action adds to or removes from a group. */
public record Membership(
        @NotEmpty(message = "{clientela.group.clients.required}")
        @Size(max = 1000, message = "{clientela.group.clients.max}")
        List<@NotNull(message = "{clientela.group.clients.required}") Long> clientIds) {
}
