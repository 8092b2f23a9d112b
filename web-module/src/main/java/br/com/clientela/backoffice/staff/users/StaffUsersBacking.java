package br.com.clientela.backoffice.staff.users;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.security.boundary.NewStaffUser;
import br.com.clientela.security.boundary.StaffUserChange;
import br.com.clientela.security.boundary.StaffUserRow;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.security.entity.Role;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The company's staff accounts (staff/users/list.xhtml): the table, the "Novo usuário" dialog and turning
 * an account on or off. The table pages in the database.
 */
@Named
@ViewScoped
public class StaffUsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffUserService staffUsers;

    private final PagedRows<StaffUserRow> users = new PagedRows<>(
            () -> staffUsers.count(), (first, size) -> staffUsers.page(first, size), StaffUserRow::id);
    private NewUserForm newUser = new NewUserForm();

    public void prepareNewUser() {
        newUser = new NewUserForm();
    }

    public void create() {
        NewStaffUser request = newUser.toRequest();
        if (PageMessages.attempt("newUserForm", () -> staffUsers.create(request))) {
            PageMessages.info("staffUsers.created", request.name());
        }
    }

    /** Turns the account on or off, keeping its name and role. */
    public void toggleActive(StaffUserRow user) {
        boolean active = !user.active();
        StaffUserChange change = new StaffUserChange(user.name(), user.role(), active);
        if (PageMessages.attempt(null, () -> staffUsers.update(user.id(), change))) {
            PageMessages.info(active ? "staffUsers.activated" : "staffUsers.deactivated", user.name());
        }
    }

    public PagedRows<StaffUserRow> getUsers() {
        return users;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    /** What the dialog's inputs hold until "Criar usuário" turns them into a {@link NewStaffUser}. */
    public static class NewUserForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String email;
        private String name;
        private Role role = Role.STAFF;
        private String password;

        NewStaffUser toRequest() {
            return new NewStaffUser(email, name, role, password);
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
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

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }
}
