package br.com.clientela.demo.boundary;

/** A demo company and the names of its three staff members. */
public record DemoCompany(String slug, String legalName, String tradeName, String cnpj, String phone, String city,
        String state, String postalCode, String adminName, String managerName, String staffName) {
}
