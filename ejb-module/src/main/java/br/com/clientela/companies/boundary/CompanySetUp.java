package br.com.clientela.companies.boundary;

/**
 * Fired once when a company is registered, inside a transaction already scoped to it: features observe it to
 * create the company's defaults (transaction categories and accounts, order types and statuses, reward rules).
 * Companies that existed before a feature arrived get the same defaults from that feature's migration.
 */
public record CompanySetUp(long companyId) {
}
