package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.centers.boundary.CenterRow;
import br.com.clientela.centers.boundary.CenterService;
import br.com.clientela.companies.entity.Company;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.DuplicateDocumentException;
import br.com.clientela.clients.boundary.DuplicateService;
import br.com.clientela.clients.boundary.PossibleDuplicate;
import br.com.clientela.clients.entity.AddressType;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.payments.entity.PaymentTerm;
import br.com.clientela.security.boundary.StaffRef;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.postalcodes.boundary.PostalCodeAddress;
import br.com.clientela.postalcodes.boundary.PostalCodeService;
import br.com.clientela.shared.BusinessException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/**
 * Registers a client or changes one (clients/edit.xhtml, with ?id=... to change). An id the service does not
 * find, including another company's client, is answered with the 404 page. After saving, the person lands
 * on the client's profile with a note in the growl.
 * <p>
 * The page shows as read-only what the service would refuse to change: a saved CPF/CNPJ for anyone but an
 * ADMIN, and, when the client typed their own data ({@code selfManaged}), everything but the fee, status,
 * owner and observations. Read-only and disabled inputs are not submitted, so the loaded values go back as they
 * were.
 */
@Named
@ViewScoped
public class EditClientBacking implements Serializable {

    private static final long serialVersionUID = 1L;


    @EJB
    ClientService clients;

    @EJB
    PostalCodeService postalCodes;

    @Inject
    CustomFieldsEditor customFields;

    @EJB
    CenterService centerService;

    @EJB
    StaffUserService staffUsers;

    @EJB
    DuplicateService duplicates;

    private Long id;
    /** The version of the client this form was loaded from: a save over someone else's later save is refused. */
    private Long version;
    private String heading;
    private boolean documentLocked;
    private ClientForm form = new ClientForm();
    /** Other clients with the e-mail or phone typed: shown next to those inputs, saving goes on. */
    private List<PossibleDuplicate> contactDuplicates = List.of();
    /** The client that already has the CPF/CNPJ typed, after saving was refused for it. */
    private Long documentOwnerId;
    private List<CenterRow> centers = new ArrayList<>();
    private List<StaffRef> owners = new ArrayList<>();

    /** f:viewAction, after f:viewParam has set the id (none: a new client). */
    public void load() throws IOException {
        centers = new ArrayList<>(centerService.active());
        owners = new ArrayList<>(staffUsers.assignable());
        if (id == null) {
            return;
        }
        try {
            ClientDetails client = clients.find(id);
            heading = client.name();
            version = client.version();
            form = ClientForm.of(client);
            customFields.fill(client.customFields());
            documentLocked = client.document() != null && !Faces.isUserInRole("ADMIN");
            keepCurrentChoices(client);
            checkContactDuplicates();
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
        }
    }

    /** An inactive center or owner the client already has stays selectable, so saving keeps it. */
    private void keepCurrentChoices(ClientDetails client) {
        if (client.centerId() != null && centers.stream().noneMatch(c -> c.id().equals(client.centerId()))) {
            centers.add(new CenterRow(client.centerId(), client.centerName(), false, null));
        }
        if (client.ownerId() != null && owners.stream().noneMatch(o -> o.id().equals(client.ownerId()))) {
            owners.add(new StaffRef(client.ownerId(), client.ownerName()));
        }
    }

    public String save() {
        ClientInput input = form.toInput(customFields.values());
        ClientDetails[] saved = new ClientDetails[1];
        documentOwnerId = null;
        if (!PageMessages.attempt("clientForm", () -> saved[0] = createOrUpdate(input))) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        PageMessages.info(id == null ? "client.created" : "client.saved", saved[0].name());
        if (!saved[0].possibleDuplicates().isEmpty()) {
            PageMessages.info("client.saved.possibleDuplicates", saved[0].possibleDuplicates().stream()
                    .map(PossibleDuplicate::name).collect(java.util.stream.Collectors.joining(", ")));
        }
        return "/clients/view?faces-redirect=true&id=" + saved[0].id();
    }

    private ClientDetails createOrUpdate(ClientInput input) {
        try {
            return id == null ? clients.create(input) : clients.update(id, input, version);
        } catch (DuplicateDocumentException taken) {
            documentOwnerId = taken.getExistingClientId();
            throw taken;
        }
    }

    /** The e-mail or phone input was left: look for other clients with the same (a warning, not an error). */
    public void checkContactDuplicates() {
        contactDuplicates = duplicates.sharingContact(id, form.getEmail(), form.getPhone());
    }

    public List<PossibleDuplicate> getEmailDuplicates() {
        return contactDuplicates.stream().filter(d -> d.matchedOn().contains("email")).toList();
    }

    public List<PossibleDuplicate> getPhoneDuplicates() {
        return contactDuplicates.stream().filter(d -> d.matchedOn().contains("phone")).toList();
    }

    public Long getDocumentOwnerId() {
        return documentOwnerId;
    }

    /**
     * The CEP of an address row changed: fill the row's street, district, city and UF from it. When the CEP is
     * malformed, unknown or no service answers, say so next to the CEP and leave the row as typed.
     */
    public void fillFromPostalCode(ClientForm.AddressForm address) {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent input = UIComponent.getCurrentComponent(context);
        String cepId = input.getClientId(context);
        String rowPrefix = cepId.substring(0, cepId.lastIndexOf(':') + 1);
        if (address.getPostalCode() == null || address.getPostalCode().isBlank()) {
            return;
        }
        try {
            PostalCodeAddress found = postalCodes.lookup(address.getPostalCode());
            address.fillFrom(found);
            PrimeFaces.current().ajax().update(rowPrefix + "street", rowPrefix + "district", rowPrefix + "city",
                    rowPrefix + "state", rowPrefix + "postalCodeMessage");
        } catch (BusinessException cannot) {
            FacesMessage.Severity severity = cannot instanceof InvalidInputException ? FacesMessage.SEVERITY_ERROR
                    : FacesMessage.SEVERITY_WARN;
            context.addMessage(cepId, new FacesMessage(severity, cannot.getMessage(), null));
            PrimeFaces.current().ajax().update(rowPrefix + "postalCodeMessage");
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getHeading() {
        return heading;
    }

    public ClientForm getForm() {
        return form;
    }

    public ClientKind[] getKinds() {
        return ClientKind.values();
    }

    public ClientStatus[] getStatuses() {
        return ClientStatus.values();
    }

    /** Whether the document shows read-only: saved, and the person is not an ADMIN. */
    public boolean isDocumentLocked() {
        return documentLocked;
    }

    public List<CenterRow> getCenters() {
        return centers;
    }

    public List<StaffRef> getOwners() {
        return owners;
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public PaymentTerm[] getPaymentTerms() {
        return PaymentTerm.values();
    }

    public AddressType[] getAddressTypes() {
        return AddressType.values();
    }

    public List<String> getStates() {
        return Company.STATES;
    }
}
