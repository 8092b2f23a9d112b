package br.com.clientela.backoffice.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of an {@code Authorization: Bearer ...} header. */
public record ApiTokenCredential(String token) implements Credential {
}
