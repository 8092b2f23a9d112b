package br.com.clientela.centers.boundary;

import br.com.clientela.centers.entity.Center;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A center's name and whether it is active (absent: active when created, unchanged when replaced). */
public record CenterInput(
        @NotBlank(message = "{clientela.center.name.required}")
        @Size(max = Center.NAME_MAX, message = "{clientela.size.max}")
        String name,

        Boolean active) {
}
