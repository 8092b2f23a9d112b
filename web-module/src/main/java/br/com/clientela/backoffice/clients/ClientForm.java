package br.com.clientela.backoffice.clients;

import br.com.clientela.clients.boundary.AddressDetails;
import br.com.clientela.clients.boundary.AddressInput;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ContactDetails;
import br.com.clientela.clients.boundary.ContactInput;
import br.com.clientela.clients.boundary.EmergencyContactInput;
import br.com.clientela.clients.boundary.GuardianInput;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.clients.entity.Guardian;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
import br.com.clientela.postalcodes.boundary.PostalCodeAddress;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the client form's inputs hold until "Salvar" turns them into a {@link ClientInput}: EL cannot write to
 * records, so the form is a plain mutable bean, one {@link AddressForm} per address row and one
 * {@link ContactForm} per contact or emergency contact row.
 */
public class ClientForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClientKind kind = ClientKind.PERSON;
    private String name;
    private String tradeName;
    private String document;
    private String email;
    private String phone;
    private String otherPhone;
    private LocalDate birthDate;
    private String origin;
    private String profile;
    private String observations;
    private ClientStatus status = ClientStatus.ACTIVE;
    private PaymentMethod preferredPaymentMethod;
    private PaymentTerm paymentTerm;
    private BigDecimal defaultFee;
    private Long centerId;
    private Long ownerId;
    private String guardianName;
    private String guardianDocument;
    private boolean selfManaged;
    private final List<AddressForm> addresses = new ArrayList<>();
    private final List<ContactForm> contacts = new ArrayList<>();
    private final List<ContactForm> emergencyContacts = new ArrayList<>();

    static ClientForm of(ClientDetails client) {
        ClientForm form = new ClientForm();
        form.kind = client.kind();
        form.name = client.name();
        form.tradeName = client.tradeName();
        form.document = client.document() == null ? null
                : client.kind() == ClientKind.ORGANIZATION ? Cnpj.format(client.document()) : Cpf.format(client.document());
        form.email = client.email();
        form.phone = ClientFormat.asTyped(client.phone());
        form.otherPhone = ClientFormat.asTyped(client.otherPhone());
        form.birthDate = client.birthDate();
        form.origin = client.origin();
        form.profile = client.profile();
        form.observations = client.observations();
        form.status = client.status();
        form.preferredPaymentMethod = client.preferredPaymentMethod();
        form.paymentTerm = client.paymentTerm();
        form.defaultFee = client.defaultFee();
        form.centerId = client.centerId();
        form.ownerId = client.ownerId();
        if (client.guardian() != null) {
            form.guardianName = client.guardian().name();
            form.guardianDocument = client.guardian().document() == null ? null : Cpf.format(client.guardian().document());
        }
        form.selfManaged = client.selfManaged();
        client.addresses().stream().map(AddressForm::of).forEach(form.addresses::add);
        client.contacts().stream().map(ContactForm::of).forEach(form.contacts::add);
        client.emergencyContacts().stream().map(ContactForm::of).forEach(form.emergencyContacts::add);
        return form;
    }

    ClientInput toInput() {
        boolean organization = kind == ClientKind.ORGANIZATION;
        GuardianInput guardian = organization || isBlank(guardianName) && isBlank(guardianDocument) ? null
                : new GuardianInput(guardianName, guardianDocument);
        return new ClientInput(kind, name, organization ? tradeName : null, document, email, phone, otherPhone,
                organization ? null : birthDate, origin, profile, observations, status, preferredPaymentMethod,
                paymentTerm, defaultFee, centerId, ownerId, addresses.stream().map(AddressForm::toInput).toList(),
                contacts.stream().map(ContactForm::toContactInput).toList(),
                emergencyContacts.stream().map(ContactForm::toEmergencyInput).toList(), guardian);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether the birth date makes the client a minor, so the form shows the guardian section. */
    public boolean isMinor() {
        return kind == ClientKind.PERSON && Guardian.isMinor(birthDate, LocalDate.now());
    }

    public void addContact() {
        contacts.add(new ContactForm());
    }

    public void removeContact(int index) {
        if (index >= 0 && index < contacts.size()) {
            contacts.remove(index);
        }
    }

    public void addEmergencyContact() {
        emergencyContacts.add(new ContactForm());
    }

    public void removeEmergencyContact(int index) {
        if (index >= 0 && index < emergencyContacts.size()) {
            emergencyContacts.remove(index);
        }
    }

    public List<ContactForm> getContacts() {
        return contacts;
    }

    public List<ContactForm> getEmergencyContacts() {
        return emergencyContacts;
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = otherPhone;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public PaymentMethod getPreferredPaymentMethod() {
        return preferredPaymentMethod;
    }

    public void setPreferredPaymentMethod(PaymentMethod preferredPaymentMethod) {
        this.preferredPaymentMethod = preferredPaymentMethod;
    }

    public PaymentTerm getPaymentTerm() {
        return paymentTerm;
    }

    public void setPaymentTerm(PaymentTerm paymentTerm) {
        this.paymentTerm = paymentTerm;
    }

    public BigDecimal getDefaultFee() {
        return defaultFee;
    }

    public void setDefaultFee(BigDecimal defaultFee) {
        this.defaultFee = defaultFee;
    }

    public Long getCenterId() {
        return centerId;
    }

    public void setCenterId(Long centerId) {
        this.centerId = centerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public String getGuardianDocument() {
        return guardianDocument;
    }

    public void setGuardianDocument(String guardianDocument) {
        this.guardianDocument = guardianDocument;
    }

    /** The client typed the data themselves: the form shows most fields read-only. */
    public boolean isSelfManaged() {
        return selfManaged;
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

    /**
     * One contact row: name, role, phone and e-mail for a contact; name, phone and relationship for an
     * emergency contact (the same row shape, so one add/remove pattern serves both lists).
     */
    public static class ContactForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String role;
        private String phone;
        private String email;
        private String relationship;

        static ContactForm of(ContactDetails contact) {
            ContactForm form = new ContactForm();
            form.name = contact.name();
            form.role = contact.role();
            form.phone = ClientFormat.asTyped(contact.phone());
            form.email = contact.email();
            return form;
        }

        static ContactForm of(ContactDetails.Emergency contact) {
            ContactForm form = new ContactForm();
            form.name = contact.name();
            form.phone = ClientFormat.asTyped(contact.phone());
            form.relationship = contact.relationship();
            return form;
        }

        ContactInput toContactInput() {
            return new ContactInput(name, role, phone, email);
        }

        EmergencyContactInput toEmergencyInput() {
            return new EmergencyContactInput(name, phone, relationship);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getRelationship() {
            return relationship;
        }

        public void setRelationship(String relationship) {
            this.relationship = relationship;
        }
    }
}
