package br.com.clientela.clients.boundary;

/**
 * Another client of the company that shares an e-mail or phone with the one being saved: a warning, not a
 * refusal. {@code matchedOn} is "email" or "phone" (or both, comma-separated).
 */
public record PossibleDuplicate(Long id, String name, String matchedOn) {
}
