package br.com.clientela.transactions.boundary;

import br.com.clientela.shared.Versioned;

/**
 * A transaction category or a financial account as the settings list them: {@code code} is the system's name for
 * the ones every company starts with (PAYMENT, CASH...), null for the company's own.
 */
public record FinanceSettingRow(Long id, String name, String code, boolean active, Long version)
        implements Versioned {
}
