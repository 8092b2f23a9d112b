package br.com.clientela.catalog.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.catalog.entity.CatalogItem;
import br.com.clientela.shared.ConflictException;
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
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The company's catalog of services and products (catálogo): everyone lists and reads it, a MANAGER or ADMIN
 * adds, changes, deactivates and reactivates items. Prices are kept with exactly two decimals.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class CatalogService {

    private static final int MAX_PAGE = 100;
    private static final String ROW = "select new br.com.clientela.catalog.boundary.CatalogItemRow(i.id, i.kind,"
            + " i.name, i.code, i.unitPrice, i.active, i.version) from CatalogItem i";

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    /** A page of the items whose name or code contains {@code q} (any case), active ones first, by name. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<CatalogItemRow> page(String q, boolean onlyActive,
            @Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return bind(em.createQuery(ROW + where(q, onlyActive) + " order by i.active desc, i.name, i.id",
                CatalogItemRow.class), q).setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count(String q, boolean onlyActive) {
        return bind(em.createQuery("select count(i) from CatalogItem i" + where(q, onlyActive), Long.class), q)
                .getSingleResult();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public CatalogItemRow find(@NotNull Long id) {
        return CatalogItemRow.of(load(id));
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public CatalogItemRow create(@NotNull(message = "{clientela.body.required}") @Valid CatalogItemInput input) {
        String code = code(input.code());
        refuseTakenCode(code, null);
        CatalogItem item = new CatalogItem(input.kind(), input.name().trim(), code, price(input));
        item.setActive(input.active() == null || input.active());
        em.persist(item);
        em.flush();
        return CatalogItemRow.of(item);
    }

    /** Replaces kind, name, code and price; {@code active} changes only when given. */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public CatalogItemRow update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid CatalogItemInput input) {
        return update(id, input, null);
    }

    /**
     * Replaces kind, name, code and price, refusing a change based on a version other than the current one
     * ({@code expectedVersion} null: whatever the current version is).
     */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public CatalogItemRow update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid CatalogItemInput input, Long expectedVersion) {
        CatalogItem item = load(id);
        versions.claim(item, "CatalogItem", id, item.getVersion(), expectedVersion, caller());
        String code = code(input.code());
        refuseTakenCode(code, id);
        item.change(input.kind(), input.name().trim(), code, price(input));
        if (input.active() != null) {
            item.setActive(input.active());
        }
        em.flush();
        return CatalogItemRow.of(item);
    }

    @RolesAllowed({"ADMIN", "MANAGER"})
    public CatalogItemRow setActive(@NotNull Long id, boolean active) {
        CatalogItem item = load(id);
        item.setActive(active);
        return CatalogItemRow.of(item);
    }

    private static String where(String q, boolean onlyActive) {
        StringBuilder jpql = new StringBuilder(" where 1 = 1");
        if (q != null && !q.isBlank()) {
            jpql.append(" and (lower(i.name) like :q or lower(i.code) like :q)");
        }
        if (onlyActive) {
            jpql.append(" and i.active = true");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String q) {
        if (q != null && !q.isBlank()) {
            query.setParameter("q", "%" + q.trim().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }

    /** 150 and 150.0 are the same price: stored as 150.00 (the input has at most two decimals already). */
    private static java.math.BigDecimal price(CatalogItemInput input) {
        return input.unitPrice().setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String code(String typed) {
        return typed == null || typed.isBlank() ? null : typed.trim().toUpperCase(Locale.ROOT);
    }

    private void refuseTakenCode(String code, Long ownId) {
        if (code == null) {
            return;
        }
        boolean taken = em.createQuery("select i from CatalogItem i where i.code = :code", CatalogItem.class)
                .setParameter("code", code).getResultStream()
                .anyMatch(i -> !i.getId().equals(ownId));
        if (taken) {
            throw new ConflictException("code", "Já existe um item do catálogo com este código.");
        }
    }

    private CatalogItem load(Long id) {
        return em.createQuery("select i from CatalogItem i where i.id = :id", CatalogItem.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Item do catálogo não encontrado."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
