package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.AddressType;

/** An address as shown: CEP as 8 digits. */
public record AddressDetails(Long id, AddressType type, String postalCode, String street, String number,
        String complement, String district, String city, String state, boolean active) {

    static AddressDetails of(Address a) {
        return new AddressDetails(a.getId(), a.getType(), a.getPostalCode(), a.getStreet(), a.getNumber(),
                a.getComplement(), a.getDistrict(), a.getCity(), a.getState(), a.isActive());
    }
}
