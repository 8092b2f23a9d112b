package br.com.clientela.demo.boundary;

import br.com.clientela.companies.entity.Company;

/** A demo company and the names of its three staff members. */
public record DemoCompany(String slug, String legalName, String tradeName, String cnpj, String phone, String city,
        String state, String postalCode, String adminName, String managerName, String staffName) {

    Company toCompany() {
        Company company = new Company(slug, legalName);
        company.setTradeName(tradeName);
        company.setCnpj(cnpj);
        company.setEmail("contato@" + slug + ".demo");
        company.setPhone(phone);
        company.setCity(city);
        company.setState(state);
        company.setPostalCode(postalCode);
        company.setPixKey(cnpj);
        return company;
    }
}
