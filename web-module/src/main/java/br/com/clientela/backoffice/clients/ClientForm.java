package br.com.clientela.backoffice.clients;

import br.com.clientela.clients.boundary.AddressDetails;
import br.com.clientela.clients.boundary.AddressInput;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.postalcodes.boundary.PostalCodeAddress;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the client form's inputs hold until "Salvar" turns them into a {@link ClientInput}: EL cannot write to
 * records, so the form is a plain mutable bean, one {@link AddressForm} per address row.
 */
public class ClientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClientKind kind = ClientKind.PERSON;
    private String name;
    private String tradeName;
    private String document;
    private String email;
    private String phone;
    private LocalDate birthDate;
    private String origin;
    private String observations;
    private ClientStatus status = ClientStatus.ACTIVE;
    private final List<AddressForm> addresses = new ArrayList<>();

    static ClientForm of(ClientDetails client) {
        ClientForm form = new ClientForm();
        form.kind = client.kind();
        form.name = client.name();
        form.tradeName = client.tradeName();
        form.document = client.document() == null ? null
                : client.kind() == ClientKind.ORGANIZATION ? Cnpj.format(client.document()) : Cpf.format(client.document());
        form.email = client.email();
        form.phone = ClientFormat.asTyped(client.phone());
        form.birthDate = client.birthDate();
        form.origin = client.origin();
        form.observations = client.observations();
        form.status = client.status();
        client.addresses().stream().map(AddressForm::of).forEach(form.addresses::add);
        return form;
    }

    /** @param customFields what the custom fields part of the form holds (see {@link CustomFieldsEditor}) */
    ClientInput toInput(Map<String, String> customFields) {
        boolean organization = kind == ClientKind.ORGANIZATION;
        return new ClientInput(kind, name, organization ? tradeName : null, document, email, phone,
                organization ? null : birthDate, origin, observations, status, addresses.stream().map(AddressForm::toInput).toList(),
                customFields);
    }

    public boolean isOrganization() {
        return kind == ClientKind.ORGANIZATION;
    }

    public void addAddress() {
        AddressForm address = new AddressForm();
        address.setType(addresses.isEmpty() ? AddressType.MAIN : AddressType.DELIVERY);
        addresses.add(address);
    }

    public void removeAddress(int index) {
        if (index >= 0 && index < addresses.size()) {
            addresses.remove(index);
        }
    }

    public List<AddressForm> getAddresses() {
        return addresses;
    }

    public ClientKind getKind() {
        return kind;
    }

    public void setKind(ClientKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTradeName() {
        return tradeName;
    }

    public void setTradeName(String tradeName) {
        this.tradeName = tradeName;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getObservations() {
        return observations;
    }

    public void setObservations(String observations) {
        this.observations = observations;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    /** One address row of the form. */
    public static class AddressForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private AddressType type = AddressType.MAIN;
        private String postalCode;
        private String street;
        private String number;
        private String complement;
        private String district;
        private String city;
        private String state;

        static AddressForm of(AddressDetails address) {
            AddressForm form = new AddressForm();
            form.type = address.type();
            String cep = address.postalCode();
            form.postalCode = cep != null && cep.length() == 8 ? cep.substring(0, 5) + "-" + cep.substring(5) : cep;
            form.street = address.street();
            form.number = address.number();
            form.complement = address.complement();
            form.district = address.district();
            form.city = address.city();
            form.state = address.state();
            return form;
        }

        /** What the CEP told: street, district, city and UF (number and complement stay as typed). */
        void fillFrom(PostalCodeAddress found) {
            street = found.street() == null ? street : found.street();
            district = found.district() == null ? district : found.district();
            city = found.city() == null ? city : found.city();
            state = found.state() == null ? state : found.state();
        }

        AddressInput toInput() {
            return new AddressInput(type, postalCode, street, number, complement, district, city,
                    state == null || state.isBlank() ? null : state, true);
        }

        public AddressType getType() {
            return type;
        }

        public void setType(AddressType type) {
            this.type = type;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getComplement() {
            return complement;
        }

        public void setComplement(String complement) {
            this.complement = complement;
        }

        public String getDistrict() {
            return district;
        }

        public void setDistrict(String district) {
            this.district = district;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }

        public String getState() {
            return state;
        }

        public void setState(String state) {
            this.state = state;
        }
    }
}
