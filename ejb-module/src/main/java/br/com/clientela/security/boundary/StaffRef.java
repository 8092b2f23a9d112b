package br.com.clientela.security.boundary;

/** A staff member as a choice (owner of a client, later the professional of an appointment). */
public record StaffRef(Long id, String name) {
}
