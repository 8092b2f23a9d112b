package br.com.clientela.clients.boundary;

/** Something a filter or a bulk action offers to pick: its id and the name people see. */
public record Choice(Long id, String name) {
}
