package br.com.clientela.clients.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.groups.entity.ClientGroup;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Acting on many clients at once — the ticked rows or every client that passes a filter: group membership,
 * status, owner, trash, and the pages of the CSV export. Clients are reached in chunks by id (keyset), each chunk
 * loaded, changed, audited, flushed and let go, so memory stays flat however many match. One action is one
 * transaction: a failure half-way changes nothing.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class ClientBulkService {

    static final int CHUNK = 200;
    private static final int MAX_EXPORT_PAGE = 1000;
    private static final String EXPORT_ROW = "select new br.com.clientela.clients.boundary.ClientExportRow(c.id, c.kind,"
            + " c.name, c.tradeName, c.document, c.email, c.phone, c.birthDate, c.origin, c.status, c.createdAt,"
            + " c.updatedAt, c.firstPurchaseAt) from Client c";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    /** How many clients the targets reach now (ticked ids that are no longer there are not counted). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count(@NotNull @Valid ClientTargets targets) {
        checkOne(targets);
        return bind(em.createQuery("select count(c) from Client c" + where(targets), Long.class), targets)
                .getSingleResult();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public BulkResult apply(@NotNull(message = "{clientela.body.required}") @Valid BulkRequest request) {
        ClientTargets targets = request.targets();
        checkOne(targets);
        checkArgument(request);
        if (targets.byIds()) {
            refuseMissing(targets.ids());
        }
        String actor = session.getCallerPrincipal().getName();
        long matched = 0;
        long changed = 0;
        Long after = 0L;
        List<Long> chunk;
        do {
            chunk = bind(em.createQuery("select c.id from Client c" + where(targets) + " and c.id > :after"
                    + " order by c.id", Long.class), targets)
                    .setParameter("after", after)
                    .setMaxResults(CHUNK)
                    .getResultList();
            if (!chunk.isEmpty()) {
                matched += chunk.size();
                changed += applyTo(chunk, request, actor);
                after = chunk.get(chunk.size() - 1);
                em.flush();
                em.clear();
            }
        } while (chunk.size() == CHUNK);
        return new BulkResult(request.action(), matched, changed);
    }

    /**
     * A page of the export, in name order, starting after the client {@code afterName}/{@code afterId} (both null
     * for the first page): keyset paging, so the thousandth page costs what the first does.
     */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<ClientExportRow> exportPage(@NotNull @Valid ClientTargets targets, String afterName, Long afterId,
            @Min(1) @Max(MAX_EXPORT_PAGE) int size) {
        checkOne(targets);
        String keyset = afterId == null ? "" : " and (c.name > :afterName or (c.name = :afterName and c.id > :afterId))";
        TypedQuery<ClientExportRow> query = bind(em.createQuery(EXPORT_ROW + where(targets) + keyset
                + " order by c.name, c.id", ClientExportRow.class), targets);
        if (afterId != null) {
            query.setParameter("afterName", afterName).setParameter("afterId", afterId);
        }
        List<ClientExportRow> page = query.setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<String>> names = new HashMap<>();
        em.createQuery("select c.id, g.name from Client c join c.groups g where c.id in :ids order by g.name",
                Object[].class)
                .setParameter("ids", page.stream().map(ClientExportRow::id).toList())
                .getResultStream()
                .forEach(pair -> names.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]));
        return page.stream().map(row -> row.withGroups(names.getOrDefault(row.id(), List.of()))).toList();
    }

    private long applyTo(List<Long> ids, BulkRequest request, String actor) {
        List<Client> clients = em.createQuery("select c from Client c where c.id in :ids", Client.class)
                .setParameter("ids", ids).getResultList();
        ClientGroup group = request.groupId() == null ? null : group(request.groupId());
        StaffUser owner = request.action() == BulkAction.SET_OWNER ? owner(request.ownerId()) : null;
        long changed = 0;
        for (Client client : clients) {
            if (applyTo(client, request, group, owner, actor)) {
                changed++;
            }
        }
        return changed;
    }

    /** @return whether the client changed */
    private boolean applyTo(Client client, BulkRequest request, ClientGroup group, StaffUser owner, String actor) {
        Long id = client.getId();
        switch (request.action()) {
            case ADD_TO_GROUP -> {
                if (!client.joinGroup(group)) {
                    return false;
                }
                audit.changes(ClientService.AUDITED_TYPE, id, Map.of("groups", ""), Map.of("groups", "+ " + group.getName()),
                        actor);
            }
            case REMOVE_FROM_GROUP -> {
                if (!client.leaveGroup(group)) {
                    return false;
                }
                audit.changes(ClientService.AUDITED_TYPE, id, Map.of("groups", group.getName()), Map.of("groups", ""),
                        actor);
            }
            case CHANGE_STATUS -> {
                if (client.getStatus() == request.status()) {
                    return false;
                }
                audit.changes(ClientService.AUDITED_TYPE, id, Map.of("status", client.getStatus().name()),
                        Map.of("status", request.status().name()), actor);
                client.setStatus(request.status());
            }
            case SET_OWNER -> {
                if (client.getOwner() != null && client.getOwner().getId().equals(owner.getId())) {
                    return false;
                }
                Map<String, String> before = new HashMap<>();
                before.put("owner", client.getOwner() == null ? null : client.getOwner().getName());
                audit.changes(ClientService.AUDITED_TYPE, id, before, Map.of("owner", owner.getName()), actor);
                client.setOwner(owner);
            }
            case TRASH -> {
                client.moveToTrash(LocalDateTime.now());
                audit.event(ClientService.AUDITED_TYPE, id, AuditAction.TRASH, actor);
            }
            default -> throw new IllegalStateException("Unknown bulk action " + request.action());
        }
        return true;
    }

    private static void checkOne(ClientTargets targets) {
        if ((targets.ids() == null) == (targets.filter() == null)) {
            throw new InvalidInputException("ids",
                    "Informe os clientes escolhidos (ids) ou um filtro (filter) — um dos dois.");
        }
        if (targets.byIds() && targets.ids().isEmpty()) {
            throw new InvalidInputException("ids", "Escolha ao menos um cliente.");
        }
    }

    private void checkArgument(BulkRequest request) {
        switch (request.action()) {
            case ADD_TO_GROUP, REMOVE_FROM_GROUP -> {
                if (request.groupId() == null) {
                    throw new InvalidInputException("groupId", "Escolha o grupo.");
                }
                group(request.groupId());
            }
            case CHANGE_STATUS -> {
                if (request.status() == null) {
                    throw new InvalidInputException("status", "Escolha a situação: ACTIVE ou INACTIVE.");
                }
            }
            case SET_OWNER -> {
                if (request.ownerId() == null) {
                    throw new InvalidInputException("ownerId", "Escolha o responsável.");
                }
                owner(request.ownerId());
            }
            default -> {
                // TRASH needs nothing more.
            }
        }
    }

    /** Ticked clients must all be the caller's company's, out of the trash; otherwise nothing changes. */
    private void refuseMissing(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        long found = em.createQuery("select count(c) from Client c where c.id in :ids and c.deletedAt is null",
                Long.class).setParameter("ids", distinct).getSingleResult();
        if (found != distinct.size()) {
            throw new NotFoundException("Cliente não encontrado.");
        }
    }

    private ClientGroup group(Long id) {
        return em.createQuery("select g from ClientGroup g where g.id = :id", ClientGroup.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Grupo não encontrado."));
    }

    /** An active staff member of the caller's company, as ClientService accepts an owner. */
    private StaffUser owner(Long id) {
        return em.createQuery("select u from StaffUser u where u.id = :id and u.active = true", StaffUser.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("ownerId", "Responsável não encontrado ou inativo."));
    }

    private static String where(ClientTargets targets) {
        return targets.byIds() ? " where c.deletedAt is null and c.id in :ids" : ClientQuery.where(targets.filter());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientTargets targets) {
        return targets.byIds() ? query.setParameter("ids", targets.ids()) : ClientQuery.bind(query, targets.filter());
    }
}
