package br.com.clientela.security.boundary;

/** The answer to creating a token: the only time the token itself is shown. */
public record CreatedApiToken(Long id, String name, String token) {
}
