package br.com.clientela.security.boundary;

import java.util.Set;

/** The signed-in staff member and their company, as GET /api/v1/me and the page header show them. */
public record CurrentStaff(Long id, String email, String name, Set<String> roles, CompanyRef company) {

    public record CompanyRef(Long id, String slug, String name) {
    }
}
