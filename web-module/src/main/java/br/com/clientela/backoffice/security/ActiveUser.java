package br.com.clientela.backoffice.security;

import br.com.clientela.security.boundary.CurrentStaff;
import br.com.clientela.security.boundary.StaffUserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** The signed-in staff member as pages show them, which menu entries they get, and signing out. */
@Named
@RequestScoped
public class ActiveUser {

    @Inject
    SecurityContext securityContext;

    @EJB
    StaffUserService staffUsers;

    private CurrentStaff current;

    @PostConstruct
    void load() {
        if (securityContext.getCallerPrincipal() != null) {
            current = staffUsers.me();
        }
    }

    public CurrentStaff getCurrent() {
        return current;
    }

    public boolean isAdmin() {
        return securityContext.isCallerInRole("ADMIN");
    }

    public boolean isManager() {
        return securityContext.isCallerInRole("MANAGER");
    }

    public void logout() throws ServletException, IOException {
        Faces.getRequest().logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?saiu=true");
    }
}
