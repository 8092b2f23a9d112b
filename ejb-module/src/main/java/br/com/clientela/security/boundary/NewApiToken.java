package br.com.clientela.security.boundary;

import br.com.clientela.security.entity.ApiToken;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A name that tells what the token is for ("Integração do site", "Planilha"). */
public record NewApiToken(
        @NotBlank(message = "{clientela.name.required}")
        @Size(max = ApiToken.NAME_MAX, message = "{clientela.size.max}")
        String name) {
}
