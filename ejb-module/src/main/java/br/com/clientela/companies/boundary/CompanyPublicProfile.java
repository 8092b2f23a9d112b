package br.com.clientela.companies.boundary;

/** What anyone may see of a company: its portal's landing page. */
public record CompanyPublicProfile(String slug, String name, String city, String state, String email, String phone,
        boolean hasLogo) {
}
