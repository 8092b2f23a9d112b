package br.com.clientela.postalcodes.boundary;

/** What a CEP tells about an address; the source says which service answered. */
public record PostalCodeAddress(String postalCode, String street, String district, String city, String state,
        String source) {
}
