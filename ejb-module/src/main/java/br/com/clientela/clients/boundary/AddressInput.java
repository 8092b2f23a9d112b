package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Address;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.companies.entity.Company;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An address as typed: the CEP with or without its dash. */
public record AddressInput(
        @NotNull(message = "{clientela.address.type.required}")
        AddressType type,

        @Pattern(regexp = "[0-9]{5}-?[0-9]{3}", message = "{clientela.postalCode.invalid}")
        String postalCode,

        @Size(max = 150, message = "{clientela.size.max}")
        String street,

        @Size(max = 20, message = "{clientela.size.max}")
        String number,

        @Size(max = 80, message = "{clientela.size.max}")
        String complement,

        @Size(max = 80, message = "{clientela.size.max}")
        String district,

        @Size(max = 80, message = "{clientela.size.max}")
        String city,

        @Pattern(regexp = Company.STATE_PATTERN, message = "{clientela.state.invalid}")
        String state,

        Boolean active) {

    static AddressInput of(AddressDetails address) {
        return new AddressInput(address.type(), address.postalCode(), address.street(), address.number(),
                address.complement(), address.district(), address.city(), address.state(), address.active());
    }

    Address toAddress() {
        return new Address(type, postalCode == null || postalCode.isBlank() ? null : postalCode.replace("-", ""),
                blankToNull(street), blankToNull(number), blankToNull(complement), blankToNull(district),
                blankToNull(city), blankToNull(state), active == null || active);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
