package br.com.clientela.companies.boundary;

/** A logo image and its media type. */
public record CompanyLogo(byte[] image, String contentType) {
}
