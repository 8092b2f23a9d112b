package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.control.ClientAssignments;
import br.com.clientela.clients.control.ClientSearchText;
import br.com.clientela.clients.control.ClientSnapshot;
import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.control.SelfManagedFields;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The company's clients: register, read, change, trash and restore them, search and page through them, and
 * read their history. Every change writes the audit trail in the same transaction. Queries run scoped to
 * the caller's company, so another company's client is simply not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientService {

    static final String AUDITED_TYPE = "Client";
    private static final int MAX_PAGE = 100;
    private static final String ROW = "select new br.com.clientela.clients.boundary.ClientRow(c.id, c.kind, c.name,"
            + " c.document, c.email, c.phone, c.status, c.updatedAt) from Client c";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    ClientAssignments assignments;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails create(@NotNull(message = "{clientela.body.required}") @Valid ClientInput input) {
        Client client = new Client(input.kind(), input.name().trim());
        apply(input, client);
        em.persist(client);
        em.flush();
        audit.event(AUDITED_TYPE, client.getId(), AuditAction.CREATE, caller());
        return ClientDetails.of(client);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails find(@NotNull Long id) {
        return ClientDetails.of(load(id, false));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid ClientInput input) {
        Client client = load(id, false);
        refuseDocumentChangeByNonAdmin(client, input);
        Map<String, String> before = ClientSnapshot.of(client);
        client.setKind(input.kind());
        client.setName(input.name().trim());
        apply(input, client);
        Map<String, String> after = ClientSnapshot.of(client);
        if (client.isSelfManaged()) {
            // Thrown before the flush: the transaction rolls back and nothing of this change is saved.
            SelfManagedFields.refuseStaffChanges(before, after);
        }
        em.flush();
        audit.changes(AUDITED_TYPE, id, before, after, caller());
        return ClientDetails.of(client);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public void trash(@NotNull Long id) {
        load(id, false).moveToTrash(LocalDateTime.now());
        audit.event(AUDITED_TYPE, id, AuditAction.TRASH, caller());
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails restore(@NotNull Long id) {
        Client client = load(id, true);
        client.restore();
        audit.event(AUDITED_TYPE, id, AuditAction.RESTORE, caller());
        return ClientDetails.of(client);
    }

    /** Deletes a client in the trash for good, with its addresses; its history stays, ending with the deletion. */
    @RolesAllowed("ADMIN")
    public void deleteForGood(@NotNull Long id) {
        em.remove(load(id, true));
        audit.event(AUDITED_TYPE, id, AuditAction.DELETE, caller());
    }

    /** A page of the clients that match what was typed (empty: all), by name. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientRow> search(String typed, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return search(ClientFilter.search(typed), first, size);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countMatching(String typed) {
        return countMatching(ClientFilter.search(typed));
    }

    /** A page of the clients that pass the filter, by name. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientRow> search(@NotNull ClientFilter filter,
            @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return where(em.createQuery(ROW + where(filter) + " order by c.name, c.id", ClientRow.class), filter)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countMatching(@NotNull ClientFilter filter) {
        return where(em.createQuery("select count(c) from Client c" + where(filter), Long.class), filter)
                .getSingleResult();
    }

    /** The JPQL conditions of a filter (parameters bound by {@link #where(TypedQuery, ClientFilter)}). */
    private static String where(ClientFilter filter) {
        StringBuilder jpql = new StringBuilder(" where c.deletedAt is null");
        if (!ClientSearchText.query(filter.q()).isEmpty()) {
            jpql.append(" and c.searchText like :pattern escape '\\'");
        }
        if (filter.groupId() != null) {
            jpql.append(" and exists (select g from Client m join m.groups g where m = c and g.id = :group)");
        }
        if (filter.active() != null) {
            jpql.append(" and c.status = :status");
        }
        if (filter.stage() != null) {
            // CUSTOMER and LEAD come with the money and portal features; until then no client is in them.
            switch (filter.stage()) {
                case INACTIVE -> jpql.append(" and c.status = br.com.clientela.clients.entity.ClientStatus.INACTIVE");
                case CONTACT -> jpql.append(" and c.status = br.com.clientela.clients.entity.ClientStatus.ACTIVE");
                default -> jpql.append(" and 1 = 0");
            }
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> query, ClientFilter filter) {
        String q = ClientSearchText.query(filter.q());
        if (!q.isEmpty()) {
            query.setParameter("pattern", contains(q));
        }
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        if (filter.active() != null) {
            query.setParameter("status", filter.active() ? ClientStatus.ACTIVE : ClientStatus.INACTIVE);
        }
        return query;
    }

    /** A page of the trash, most recently trashed first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientRow> trashed(@Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return em.createQuery(ROW + " where c.deletedAt is not null order by c.deletedAt desc, c.id", ClientRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countTrashed() {
        return em.createQuery("select count(c) from Client c where c.deletedAt is not null", Long.class)
                .getSingleResult();
    }

    /** A page of the client's history, newest first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<HistoryEntry> history(@NotNull Long id, @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        loadAny(id);
        return em.createQuery("select new br.com.clientela.clients.boundary.HistoryEntry(a.action, a.field,"
                + " a.oldValue, a.newValue, a.actor, a.at) from AuditEntry a where a.entityType = :type"
                + " and a.entityId = :id order by a.at desc, a.id desc", HistoryEntry.class)
                .setParameter("type", AUDITED_TYPE)
                .setParameter("id", id)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countHistory(@NotNull Long id) {
        loadAny(id);
        return em.createQuery("select count(a) from AuditEntry a where a.entityType = :type and a.entityId = :id",
                Long.class).setParameter("type", AUDITED_TYPE).setParameter("id", id).getSingleResult();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count() {
        return em.createNamedQuery("Client.count", Long.class).getSingleResult();
    }

    /**
     * Copies what may change on every save; refuses a document that is invalid, of the wrong kind or taken, and a
     * center or owner that is not an active one of the caller's company.
     */
    private void apply(ClientInput input, Client client) {
        boolean person = input.kind() == ClientKind.PERSON;
        client.setTradeName(AddressInput.blankToNull(input.tradeName()));
        client.setDocument(document(input.kind(), input.document(), client.getId()));
        client.contact(AddressInput.blankToNull(input.email()), phone("phone", input.phone()));
        client.setOtherPhone(phone("otherPhone", input.otherPhone()));
        client.setBirthDate(input.birthDate());
        client.setOrigin(AddressInput.blankToNull(input.origin()));
        client.setProfile(AddressInput.blankToNull(input.profile()));
        client.setObservations(AddressInput.blankToNull(input.observations()));
        client.setStatus(input.status() == null ? ClientStatus.ACTIVE : input.status());
        client.setPreferredPaymentMethod(input.preferredPaymentMethod());
        client.setPaymentTerm(input.paymentTerm());
        // Two decimals always, so 150 and 150.00 are the same fee in the history.
        client.setDefaultFee(input.defaultFee() == null ? null : input.defaultFee().setScale(2, RoundingMode.UNNECESSARY));
        client.setCenter(assignments.center(input.centerId(), client.getCenter()));
        client.setOwner(assignments.owner(input.ownerId(), client.getOwner()));
        client.replaceAddresses(input.addresses() == null ? List.of()
                : input.addresses().stream().map(AddressInput::toAddress).toList());
        client.replaceContacts(input.contacts() == null ? List.of()
                : input.contacts().stream().map(ContactInput::toContact).toList());
        client.replaceEmergencyContacts(input.emergencyContacts() == null ? List.of()
                : input.emergencyContacts().stream().map(EmergencyContactInput::toEmergencyContact).toList());
        client.setGuardian(person && input.guardian() != null ? input.guardian().toGuardian() : null);
    }

    private static String phone(String field, String typed) {
        String phone = AddressInput.blankToNull(typed);
        return phone == null ? null : PhoneNumber.normalize(phone).orElseThrow(() -> new InvalidInputException(field,
                "Informe o telefone com DDD, como (11) 98765-4321."));
    }

    private String document(ClientKind kind, String typed, Long ownId) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String document;
        if (kind == ClientKind.PERSON) {
            if (!Cpf.isValid(typed)) {
                throw new InvalidInputException("document", "CPF inválido: confira os dígitos verificadores.");
            }
            document = Cpf.normalize(typed);
        } else {
            if (!Cnpj.isValid(typed)) {
                throw new InvalidInputException("document", "CNPJ inválido: confira os dígitos verificadores.");
            }
            document = Cnpj.normalize(typed);
        }
        long taken = em.createNamedQuery("Client.countByDocument", Long.class)
                .setParameter("document", document)
                .setParameter("id", ownId == null ? -1L : ownId)
                .getSingleResult();
        if (taken > 0) {
            throw new ConflictException("document", "Já existe um cliente com este "
                    + (kind == ClientKind.PERSON ? "CPF" : "CNPJ") + " (veja a lixeira também).");
        }
        return document;
    }

    /** Once a client has a CPF/CNPJ, only an ADMIN may change or remove it. */
    private void refuseDocumentChangeByNonAdmin(Client client, ClientInput input) {
        if (client.getDocument() == null || session.isCallerInRole("ADMIN")) {
            return;
        }
        String typed = input.document() == null || input.document().isBlank() ? null
                : input.kind() == ClientKind.PERSON ? Cpf.normalize(input.document()) : Cnpj.normalize(input.document());
        if (!client.getDocument().equals(typed)) {
            throw new InvalidInputException("document",
                    "Só um administrador pode mudar o CPF/CNPJ de um cliente já cadastrado.");
        }
    }

    private Client load(Long id, boolean trashed) {
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is "
                + (trashed ? "not null" : "null"), Client.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(trashed ? "Cliente não encontrado na lixeira."
                        : "Cliente não encontrado."));
    }

    private void loadAny(Long id) {
        if (em.createQuery("select count(c) from Client c where c.id = :id", Long.class).setParameter("id", id)
                .getSingleResult() == 0) {
            throw new NotFoundException("Cliente não encontrado.");
        }
    }

    private static String contains(String query) {
        return "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
