package br.com.clientela.transactions.boundary;

/** A category or account as sent: its name and, optionally, whether it is active. */
public record FinanceSettingInput(String name, Boolean active) {
}
