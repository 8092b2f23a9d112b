package br.com.clientela.security.boundary;

import br.com.clientela.security.control.TokenDigest;
import br.com.clientela.security.entity.ApiToken;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** API tokens of the caller's company: an ADMIN creates them (acting as that ADMIN), lists and revokes them. */
@Stateless
@RolesAllowed("ADMIN")
public class ApiTokenService {

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @RolesAllowed("ADMIN")
    public CreatedApiToken create(@NotNull(message = "{clientela.body.required}") @Valid NewApiToken request) {
        StaffUser owner = em.createNamedQuery("StaffUser.findByEmail", StaffUser.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getSingleResult();
        String token = TokenDigest.newToken();
        ApiToken apiToken = new ApiToken(owner, request.name(), TokenDigest.sha256(token));
        em.persist(apiToken);
        em.flush();
        return new CreatedApiToken(apiToken.getId(), apiToken.getName(), token);
    }

    /** One page of the company's tokens, newest first; {@link #count()} gives the total. */
    @RolesAllowed("ADMIN")
    public List<ApiTokenRow> page(@Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}")
            @Max(value = StaffUserService.MAX_PAGE, message = "{clientela.page.size}") int size) {
        return em.createQuery("select new br.com.clientela.security.boundary.ApiTokenRow(t.id, t.name, o.email,"
                + " t.createdAt, t.lastUsedAt, t.revoked) from ApiToken t join t.owner o order by t.createdAt desc, t.id",
                ApiTokenRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public long count() {
        return em.createQuery("select count(t) from ApiToken t", Long.class).getSingleResult();
    }

    @RolesAllowed("ADMIN")
    public void revoke(@NotNull Long id) {
        em.createQuery("select t from ApiToken t where t.id = :id", ApiToken.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Token não encontrado."))
                .revoke();
    }
}
