package br.com.clientela.groups.boundary;

import br.com.clientela.groups.entity.ClientGroup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A group's name, for creating or renaming it. */
public record GroupInput(
        @NotBlank(message = "{clientela.name.required}")
        @Size(max = ClientGroup.NAME_MAX, message = "{clientela.size.max}")
        String name) {
}
