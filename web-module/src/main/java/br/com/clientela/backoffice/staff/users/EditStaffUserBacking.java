package br.com.clientela.backoffice.staff.users;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.security.boundary.PasswordReset;
import br.com.clientela.security.boundary.StaffUserChange;
import br.com.clientela.security.boundary.StaffUserRow;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.security.entity.Role;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;

/**
 * One staff account (staff/users/edit.xhtml?id=...): name, role and whether it may sign in, and a separate
 * password reset. An id the service does not find, including another company's staff member, is answered
 * with the 404 page, exactly like an id that never existed.
 */
@Named
@ViewScoped
public class EditStaffUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffUserService staffUsers;

    private Long id;
    private StaffUserRow user;
    private String name;
    private Role role;
    private boolean active;
    private String newPassword;

    /** f:viewAction, after f:viewParam has set the id. */
    public void load() throws IOException {
        if (id == null) {
            Faces.responseSendError(404, "Usuário não encontrado.");
            return;
        }
        try {
            show(staffUsers.find(id));
        } catch (NotFoundException notFound) {
            Faces.responseSendError(404, notFound.getMessage());
        }
    }

    public void save() {
        StaffUserChange change = new StaffUserChange(name, role, active);
        if (PageMessages.attempt("userForm", () -> show(staffUsers.update(id, change)))) {
            PageMessages.info("staffUser.saved", user.name());
        }
    }

    public void resetPassword() {
        PasswordReset reset = new PasswordReset(newPassword);
        if (PageMessages.attempt("passwordForm", () -> staffUsers.resetPassword(id, reset))) {
            newPassword = null;
            PageMessages.info("staffUser.passwordReset", user.name());
        }
    }

    private void show(StaffUserRow row) {
        user = row;
        name = row.name();
        role = row.role();
        active = row.active();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffUserRow getUser() {
        return user;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
