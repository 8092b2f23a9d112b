package br.com.clientela.security.boundary;

import br.com.clientela.companies.entity.Company;
import br.com.clientela.security.control.LoginThrottle;
import br.com.clientela.security.control.PasswordHashing;
import br.com.clientela.security.entity.LoginThrottleEntry;
import br.com.clientela.security.entity.StaffUser;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.tenancy.CallerCompany;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
 * The company's staff accounts. ADMIN only, except {@link #me()}. Every query runs scoped to the caller's
 * company, so another company's staff member is simply not found.
 */
@Stateless
public class StaffUserService {

    public static final int MAX_PAGE = 100;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    CallerCompany callerCompany;

    @Inject
    PasswordHashing passwords;

    @EJB
    LoginThrottle throttle;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public CurrentStaff me() {
        StaffUser user = em.createNamedQuery("StaffUser.findByEmail", StaffUser.class)
                .setParameter("email", session.getCallerPrincipal().getName())
                .getSingleResult();
        Company company = em.find(Company.class, callerCompany.ofStaff(user.getEmail()).orElseThrow());
        return new CurrentStaff(user.getId(), user.getEmail(), user.getName(), user.getRole().groups(),
                new CurrentStaff.CompanyRef(company.getId(), company.getSlug(), company.displayName()));
    }

    /** One page of the company's staff, by name; {@link #count()} gives the total. */
    @RolesAllowed("ADMIN")
    public List<StaffUserRow> page(@Min(value = 0, message = "{clientela.page.first}") int first,
            @Min(value = 1, message = "{clientela.page.size}") @Max(value = MAX_PAGE, message = "{clientela.page.size}")
            int size) {
        return em.createQuery("select new br.com.clientela.security.boundary.StaffUserRow(u.id, u.email, u.name,"
                + " u.role, u.active, t.blockedUntil, u.createdAt) from StaffUser u"
                + " left join LoginThrottleEntry t on t.subject = concat('account:', u.email)"
                + " order by u.name, u.id", StaffUserRow.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed("ADMIN")
    public StaffUserRow find(@NotNull Long id) {
        return toRow(load(id));
    }

    @RolesAllowed("ADMIN")
    public StaffUserRow create(@NotNull(message = "{clientela.body.required}") @Valid NewStaffUser request) {
        String email = StaffUser.normalizeEmail(request.email());
        // E-mails are login names across all companies, so the check must see every company.
        if (callerCompany.ofStaff(email).isPresent()) {
            throw new ConflictException("email", "Já existe um usuário com este e-mail.");
        }
        StaffUser user = new StaffUser(email, request.name(), request.role(), passwords.hash(request.password()));
        em.persist(user);
        em.flush();
        return toRow(user);
    }

    @RolesAllowed("ADMIN")
    public StaffUserRow update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid StaffUserChange change) {
        StaffUser user = load(id);
        boolean self = user.getEmail().equals(session.getCallerPrincipal().getName());
        if (self && !change.active()) {
            throw new InvalidInputException("active", "Você não pode desativar o seu próprio acesso.");
        }
        if (self && change.role() != user.getRole()) {
            throw new InvalidInputException("role", "Você não pode mudar o seu próprio papel.");
        }
        user.setName(change.name());
        user.setRole(change.role());
        user.setActive(change.active());
        return toRow(user);
    }

    @RolesAllowed("ADMIN")
    public void resetPassword(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid PasswordReset reset) {
        StaffUser user = load(id);
        user.changePassword(passwords.hash(reset.password()));
        throttle.forgiveAccount(user.getEmail());
    }

    /** The active staff members by name, to choose a client's owner (responsável). */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<StaffRef> assignable() {
        return em.createQuery("select new br.com.clientela.security.boundary.StaffRef(u.id, u.name) from StaffUser u"
                + " where u.active = true order by u.name, u.id", StaffRef.class).setMaxResults(500).getResultList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    private StaffUser load(Long id) {
        return em.createQuery("select u from StaffUser u where u.id = :id", StaffUser.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Usuário não encontrado."));
    }

    private StaffUserRow toRow(StaffUser u) {
        LoginThrottleEntry count = em.find(LoginThrottleEntry.class, LoginThrottle.accountSubject(u.getEmail()));
        return new StaffUserRow(u.getId(), u.getEmail(), u.getName(), u.getRole(), u.isActive(),
                count == null ? null : count.getBlockedUntil(), u.getCreatedAt());
    }
}
