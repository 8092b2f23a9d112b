package br.com.clientela.companies.boundary;

/** The first company of an empty installation and its ADMIN, as given to the one-time setup. */
public record FirstCompany(String slug, String legalName, String adminEmail, String adminName, String adminPassword) {
}
