package br.com.clientela.centers.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.centers.entity.Center;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The company's centers (unidades): everyone lists them, an ADMIN creates, renames, deactivates and
 * reactivates them. A center is never deleted, so the clients that point at it keep their link; an inactive
 * one is left out of the choices for new assignments. Scoped to the caller's company like every boundary.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class CenterService {

    private static final int MAX_PAGE = 100;
    private static final String ROW = "select new br.com.clientela.centers.boundary.CenterRow(c.id, c.name, c.active, c.version)"
            + " from Center c";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    /** A page of every center, active ones first, by name. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<CenterRow> page(@Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return em.createQuery(ROW + " order by c.active desc, c.name, c.id", CenterRow.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count() {
        return em.createQuery("select count(c) from Center c", Long.class).getSingleResult();
    }

    /** The active centers by name, for choosing one (a company has a handful, never thousands). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<CenterRow> active() {
        return em.createQuery(ROW + " where c.active = true order by c.name", CenterRow.class)
                .setMaxResults(500).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public CenterRow find(@NotNull Long id) {
        return CenterRow.of(load(id));
    }

    @RolesAllowed("ADMIN")
    public CenterRow create(@NotNull(message = "{clientela.body.required}") @Valid CenterInput input) {
        String name = input.name().trim();
        refuseTaken(name, null);
        Center center = new Center(name);
        center.setActive(input.active() == null || input.active());
        em.persist(center);
        em.flush();
        return CenterRow.of(center);
    }

    /** Renames the center and, when the input says so, turns it on or off. */
    @RolesAllowed("ADMIN")
    public CenterRow update(@NotNull Long id, @NotNull(message = "{clientela.body.required}") @Valid CenterInput input) {
        return update(id, input, null);
    }

    /**
     * Renames the center and turns it on or off, refusing a change based on a version other than the current one
     * ({@code expectedVersion} null: whatever the current version is).
     */
    @RolesAllowed("ADMIN")
    public CenterRow update(@NotNull Long id, @NotNull(message = "{clientela.body.required}") @Valid CenterInput input,
            Long expectedVersion) {
        Center center = load(id);
        versions.claim(center, "Center", id, center.getVersion(), expectedVersion, caller());
        String name = input.name().trim();
        refuseTaken(name, id);
        center.rename(name);
        if (input.active() != null) {
            center.setActive(input.active());
        }
        em.flush();
        return CenterRow.of(center);
    }

    /** Turns the center off (left out of new choices; its clients keep it) or on again. */
    @RolesAllowed("ADMIN")
    public CenterRow setActive(@NotNull Long id, boolean active) {
        Center center = load(id);
        center.setActive(active);
        return CenterRow.of(center);
    }

    private void refuseTaken(String name, Long ownId) {
        boolean taken = em.createQuery("select c from Center c where lower(c.name) = lower(:name)", Center.class)
                .setParameter("name", name).getResultStream()
                .anyMatch(c -> !c.getId().equals(ownId));
        if (taken) {
            throw new ConflictException("name", "Já existe uma unidade com este nome.");
        }
    }

    private Center load(Long id) {
        return em.createQuery("select c from Center c where c.id = :id", Center.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Unidade não encontrada."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
