package br.com.clientela.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The portal's own sign-in, separate from the staff's: pages under /area need the CLIENT role, and anyone
 * not signed in as a client is sent to the portal's login page. Clients get their passwordless e-mail code
 * login later; until then nobody is signed in here.
 * <p>
 * A class of the portal rather than {@code @CustomFormAuthenticationMechanismDefinition}: Payara registers
 * the bean of that annotation for the whole EAR, where it would clash with the staff module's mechanism.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
