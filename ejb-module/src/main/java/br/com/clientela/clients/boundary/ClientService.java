package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.control.ClientAssignments;
import br.com.clientela.clients.control.ClientErasure;
import br.com.clientela.clients.control.ClientSnapshot;
import br.com.clientela.clients.control.DuplicateFinder;
import br.com.clientela.clients.control.PhoneNumber;
import br.com.clientela.clients.control.SelfManagedFields;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.customfields.control.CustomFieldValues;
import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.shared.money.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The company's clients: register, read, change, trash and restore them, search and page through them, and
 * read their history. Every change writes the audit trail in the same transaction. Queries run scoped to
 * the caller's company, so another company's client is simply not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientService {

    /** Lists count their matches this many rows past the page shown, no further (see {@link ClientPage}). */
    public static final int COUNT_AHEAD = 500;
    static final String AUDITED_TYPE = "Client";
    private static final int MAX_PAGE = 100;
    private static final String ROW_COLUMNS = "c.id, c.kind, c.name, c.document, c.email, c.phone, c.status, c.updatedAt,"
            + " c.defaultFee, c.totalSpent, c.firstPurchaseAt";
    private static final String ROW = "select new br.com.clientela.clients.boundary.ClientRow(" + ROW_COLUMNS
            + ") from Client c";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @Inject
    CustomFieldValues customFields;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    ClientAssignments assignments;

    @Inject
    ClientErasure erasure;

    @Inject
    Event<ClientRegistered> registered;

    @Inject
    RecordVersions versions;

    @Inject
    Validator validator;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails create(@NotNull(message = "{clientela.body.required}") @Valid ClientInput input) {
        Map<CustomField, String> values = customFields.check(input.customFields());
        Client client = new Client(input.kind(), input.name().trim());
        apply(input, client);
        em.persist(client);
        em.flush();
        customFields.replace(client.getId(), values);
        audit.event(AUDITED_TYPE, client.getId(), AuditAction.CREATE, caller());
        registered.fire(new ClientRegistered(client.getId()));
        return withDuplicates(client);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails find(@NotNull Long id) {
        return details(load(id, false));
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid ClientInput input) {
        return update(id, input, null);
    }

    /**
     * Replaces the client's data, refusing ({@link br.com.clientela.shared.StaleRecordException}) a change based
     * on a version other than the current one.
     *
     * @param expectedVersion the version the change was based on; null saves whatever the current version is
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid ClientInput input, Long expectedVersion) {
        Client client = load(id, false);
        versions.claim(client, AUDITED_TYPE, id, client.getVersion(), expectedVersion, null);
        return change(client, input);
    }

    /**
     * Changes some of the client's fields in one transaction: the patch receives the client as it is now and
     * answers the whole new input, which is then checked and saved like {@link #update}. Read and written in one
     * transaction: a save by someone else in between is refused by the version check, never silently overwritten.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientDetails patch(@NotNull Long id, @NotNull UnaryOperator<ClientInput> patch, Long expectedVersion) {
        Client client = load(id, false);
        versions.claim(client, AUDITED_TYPE, id, client.getVersion(), expectedVersion, null);
        ClientInput input = patch.apply(ClientInput.of(details(client)));
        Set<ConstraintViolation<ClientInput>> invalid = validator.validate(input);
        if (!invalid.isEmpty()) {
            throw new ConstraintViolationException(invalid);
        }
        return change(client, input);
    }

    private ClientDetails change(Client client, ClientInput input) {
        Long id = client.getId();
        refuseDocumentChangeByNonAdmin(client, input);
        Map<CustomField, String> values = customFields.check(input.customFields());
        Map<String, String> before = snapshot(client);
        client.setKind(input.kind());
        client.setName(input.name().trim());
        apply(input, client);
        if (client.isSelfManaged()) {
            // Thrown before the flush: the transaction rolls back and nothing of this change is saved.
            SelfManagedFields.refuseStaffChanges(before, ClientSnapshot.of(client));
        }
        customFields.replace(id, values);
        em.flush();
        audit.changes(AUDITED_TYPE, id, before, snapshot(client), caller());
        return withDuplicates(client);
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
        return details(client);
    }

    /**
     * Deletes a client in the trash for good, with its addresses; its history stays, ending with the deletion. A
     * client with money records is anonymised instead (see {@link ClientErasure}), and the answer says so.
     */
    @RolesAllowed("ADMIN")
    public Erasure deleteForGood(@NotNull Long id) {
        return Erasure.of(id, erasure.erase(load(id, true), caller()));
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
    public List<ClientRow> search(@NotNull @Valid ClientFilter filter,
            @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return search(filter, ClientSort.BY_NAME, first, size);
    }

    /** A page of the clients that pass the filter, in the order asked for, each with the names of its groups. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientRow> search(@NotNull @Valid ClientFilter filter, @NotNull ClientSort sort,
            @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        List<String> ranks = ClientQuery.ranks(filter);
        if (sort.equals(ClientSort.BY_NAME) && !ranks.isEmpty()) {
            return withAmountsDue(withGroups(ranked(filter, ranks, first, size)));
        }
        String jpql = sort.field() == ClientSort.Field.GROUPS
                ? ROW + " left join c.groups sortGroup" + ClientQuery.where(filter) + " group by " + ROW_COLUMNS
                : ROW + ClientQuery.where(filter);
        List<ClientRow> page = ClientQuery.bind(em.createQuery(jpql + sort.orderBy(), ClientRow.class), filter)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return withAmountsDue(withGroups(page));
    }

    /**
     * A page in name order with the first word typed ranked first: each rank is a query of its own in name order
     * (so each reads only as far as the page needs, from an index, like the list without ranks), read from where
     * the page starts; a rank the page skips whole is counted no further than the rows it skips.
     */
    private List<ClientRow> ranked(ClientFilter filter, List<String> ranks, int first, int size) {
        List<ClientRow> page = new ArrayList<>();
        int skip = first;
        for (int rank = 0; rank < ranks.size() && page.size() < size; rank++) {
            String where = ClientQuery.where(filter, rank);
            List<ClientRow> part = ClientQuery.bind(em.createQuery(ROW + where + ClientQuery.rankOrder(rank),
                    ClientRow.class), filter, rank).setFirstResult(skip).setMaxResults(size - page.size())
                    .getResultList();
            if (part.isEmpty() && skip > 0) {
                skip -= ClientQuery.bind(em.createQuery("select c.id from Client c" + where, Long.class), filter, rank)
                        .setMaxResults(skip).getResultList().size();
            } else {
                page.addAll(part);
                skip = 0;
            }
        }
        return page;
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countMatching(@NotNull @Valid ClientFilter filter) {
        return ClientQuery.bind(em.createQuery("select count(c) from Client c" + ClientQuery.where(filter), Long.class),
                filter).getSingleResult();
    }

    /** How many clients pass the filter, counted no further than {@code limit} (more: {@code limit + 1}). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countMatching(@NotNull @Valid ClientFilter filter, @Min(0) @Max(Integer.MAX_VALUE - 1) long limit) {
        // Reading at most limit + 1 ids stops early, where count(*) would visit every match.
        return ClientQuery.bind(em.createQuery("select c.id from Client c" + ClientQuery.where(filter), Long.class),
                filter).setMaxResults((int) limit + 1).getResultList().size();
    }

    /** A sorted page of the clients that pass the filter and how many there are (see {@link ClientPage}). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public ClientPage list(@NotNull @Valid ClientFilter filter, @NotNull ClientSort sort,
            @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return ClientPage.of(search(filter, sort, first, size), first, size, limit -> countMatching(filter, limit));
    }

    /** The group names of a page of rows, in one query. */
    private List<ClientRow> withGroups(List<ClientRow> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("select c.id, g.name from Client c join c.groups g where c.id in :ids order by g.name",
                Object[].class)
                .setParameter("ids", page.stream().map(ClientRow::id).toList())
                .getResultStream()
                .forEach(pair -> names.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]));
        return page.stream().map(row -> row.withGroups(names.getOrDefault(row.id(), List.of()))).toList();
    }

    /**
     * What each client of a page owes on open invoices (PENDING or PARTIALLY_PAID: total less what was paid), in one
     * grouped query; zero for a client without any.
     */
    private List<ClientRow> withAmountsDue(List<ClientRow> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, BigDecimal> due = new HashMap<>();
        em.createQuery("select i.client.id, sum(i.total - i.amountPaid) from Invoice i"
                + " where i.client.id in :ids and i.status in :open group by i.client.id", Object[].class)
                .setParameter("ids", page.stream().map(ClientRow::id).toList())
                .setParameter("open", List.of(InvoiceStatus.PENDING, InvoiceStatus.PARTIALLY_PAID))
                .getResultStream()
                .forEach(pair -> due.put((Long) pair[0], Money.round(new BigDecimal(pair[1].toString()))));
        return page.stream().map(row -> row.withAmountDue(due.getOrDefault(row.id(), Money.ZERO))).toList();
    }

    /** A page of the trash, most recently trashed first. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientRow> trashed(@Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return withAmountsDue(em.createQuery(ROW + " where c.deletedAt is not null and c.anonymisedAt is null"
                + " order by c.deletedAt desc, c.id",
                ClientRow.class).setFirstResult(first).setMaxResults(size).getResultList());
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long countTrashed() {
        return em.createQuery("select count(c) from Client c where c.deletedAt is not null"
                + " and c.anonymisedAt is null", Long.class)
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

    private ClientDetails details(Client client) {
        return ClientDetails.of(client, customFields.byKey(client.getId()), List.of());
    }

    /** The client's own fields, then each active custom field by its label (a label never hides a field). */
    private Map<String, String> snapshot(Client client) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(ClientSnapshot.of(client));
        customFields.byLabel(client.getId()).forEach(fields::putIfAbsent);
        return fields;
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

    /** The saved record with the other clients sharing its e-mail or phone: saved anyway, but worth a look. */
    private ClientDetails withDuplicates(Client client) {
        return ClientDetails.of(client, customFields.byKey(client.getId()),
                duplicates.sharingContact(client.getId(), client.getEmail(), client.getPhone()));
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
        duplicates.withDocument(document, ownId).ifPresent(existing -> {
            throw new DuplicateDocumentException("Já existe um cliente com este "
                    + (kind == ClientKind.PERSON ? "CPF" : "CNPJ") + ": " + existing.getName()
                    + (existing.isTrashed() ? " (na lixeira)." : "."), existing.getId());
        });
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
        // An anonymised client is neither in the list nor in the trash: never found here.
        return em.createQuery("select c from Client c where c.id = :id and c.deletedAt is "
                + (trashed ? "not null and c.anonymisedAt is null" : "null"), Client.class)
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

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
