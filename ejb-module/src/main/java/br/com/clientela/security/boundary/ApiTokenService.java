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

    @RolesAllowed("ADMIN")
    public List<ApiTokenRow> list() {
        return em.createQuery("select new br.com.clientela.security.boundary.ApiTokenRow(t.id, t.name, o.email,"
                + " t.createdAt, t.lastUsedAt, t.revoked) from ApiToken t join t.owner o order by t.createdAt desc",
                ApiTokenRow.class).getResultList();
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
