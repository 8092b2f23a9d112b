package br.com.clientela.groups.boundary;

import br.com.clientela.audit.control.AuditTrail;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.groups.entity.ClientGroup;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;

/**
 * The company's client groups: create, rename, delete, list with member counts, and add or remove many clients
 * at once (each client's history records it). Scoped to the caller's company like every boundary.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class GroupService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<GroupRow> list() {
        return em.createQuery("select new br.com.clientela.groups.boundary.GroupRow(g.id, g.name, count(c))"
                + " from ClientGroup g left join g.members c on c.deletedAt is null group by g.id, g.name"
                + " order by g.name", GroupRow.class).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public GroupRow create(@NotNull(message = "{clientela.body.required}") @Valid GroupInput input) {
        String name = input.name().trim();
        refuseTaken(name, null);
        ClientGroup group = new ClientGroup(name);
        em.persist(group);
        em.flush();
        return new GroupRow(group.getId(), group.getName(), 0);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public GroupRow rename(@NotNull Long id, @NotNull(message = "{clientela.body.required}") @Valid GroupInput input) {
        ClientGroup group = load(id);
        String name = input.name().trim();
        refuseTaken(name, id);
        group.rename(name);
        return row(group);
    }

    /** Deletes the group; its clients stay, only out of it. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public void delete(@NotNull Long id) {
        ClientGroup group = load(id);
        // The membership table has no company column; the group was found in the caller's company above.
        em.createNativeQuery("delete from client_group_member where group_id = ?1")
                .setParameter(1, group.getId())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .executeUpdate();
        em.remove(group);
    }

    /** Adds the clients to the group; clients already in it are left as they are. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public GroupRow addClients(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid Membership membership) {
        ClientGroup group = load(id);
        for (Client client : clients(membership.clientIds())) {
            if (client.joinGroup(group)) {
                audit.changes("Client", client.getId(), Map.of("groups", ""), Map.of("groups", "+ " + group.getName()),
                        caller());
            }
        }
        em.flush();
        return row(group);
    }

    /** Creates a group and puts the clients in it, in one go (the list's bulk action with a new group name). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public GroupRow addClientsToNewGroup(@NotNull(message = "{clientela.body.required}") @Valid GroupInput input,
            @NotNull(message = "{clientela.body.required}") @Valid Membership membership) {
        return addClients(create(input).id(), membership);
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public GroupRow removeClients(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid Membership membership) {
        ClientGroup group = load(id);
        for (Client client : clients(membership.clientIds())) {
            if (client.leaveGroup(group)) {
                audit.changes("Client", client.getId(), Map.of("groups", group.getName()), Map.of("groups", ""),
                        caller());
            }
        }
        em.flush();
        return row(group);
    }

    /** Every id must be a client of the caller's company (in the trash or not); otherwise nothing changes. */
    private List<Client> clients(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Client> found = em.createQuery("select c from Client c where c.id in :ids", Client.class)
                .setParameter("ids", distinct)
                .getResultList();
        if (found.size() != distinct.size()) {
            throw new NotFoundException("Cliente não encontrado.");
        }
        return found;
    }

    private GroupRow row(ClientGroup group) {
        long members = em.createQuery("select count(c) from Client c join c.groups g where g.id = :id"
                + " and c.deletedAt is null", Long.class).setParameter("id", group.getId()).getSingleResult();
        return new GroupRow(group.getId(), group.getName(), members);
    }

    private void refuseTaken(String name, Long ownId) {
        boolean taken = em.createQuery("select g from ClientGroup g where lower(g.name) = lower(:name)",
                ClientGroup.class).setParameter("name", name).getResultStream()
                .anyMatch(g -> !g.getId().equals(ownId));
        if (taken) {
            throw new ConflictException("name", "Já existe um grupo com este nome.");
        }
    }

    private ClientGroup load(Long id) {
        return em.createQuery("select g from ClientGroup g where g.id = :id", ClientGroup.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Grupo não encontrado."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
