package br.com.clientela.clients.boundary;

import java.time.LocalDate;

/** A client whose birthday falls in the days asked for. */
public record BirthdayRow(Long id, String name, LocalDate birthDate, String phone) {
}
