package br.com.clientela.security.boundary;

import java.time.LocalDateTime;

/** A token as listed: never the token itself. */
public record ApiTokenRow(Long id, String name, String ownerEmail, LocalDateTime createdAt, LocalDateTime lastUsedAt,
        boolean revoked) {
}
