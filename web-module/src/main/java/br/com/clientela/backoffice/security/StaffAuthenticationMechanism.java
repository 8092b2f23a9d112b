package br.com.clientela.backoffice.security;

import br.com.clientela.security.boundary.StaffAuthentication;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one authentication mechanism of the staff web module (Jakarta Security allows one per module), so
 * it serves two kinds of client:
 * <ul>
 * <li>REST calls under /api: HTTP Basic (e-mail and password) or a Bearer API token on every request, no
 * session; a missing or wrong credential gets 401 with an application/problem+json body, never a redirect
 * to the login page.</li>
 * <li>Pages: the login page hands the credential over through {@code SecurityContext.authenticate}; on
 * success the session id is renewed (no session fixation) and the caller is kept in the session. A
 * protected page without a signed-in caller goes to the login page and back afterwards, ajax requests
 * included ({@link LoginRedirect}).</li>
 * </ul>
 * A session is not trusted blindly: on every request the account must still be active with the credentials
 * version the session signed in with (one query on the unique e-mail), so deactivating a member, changing
 * their role or resetting their password ends their open sessions at their next request (to the login page
 * with a pt-BR message). Too many sign-in attempts for an e-mail or from an address get 429 with Retry-After
 * on the API, and a pt-BR message on the login page.
 * The session is kept by hand rather than with {@code @AutoApplySession} because that would open an HTTP
 * session for every API call.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_KEY = "clientela.signedInStaff";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SESSION_ENDED_PAGE = LOGIN_PAGE + "?encerrada=true";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempt attempt;

    @Inject
    ClientAddress clientAddress;

    @EJB
    StaffAuthentication authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        return isApi(request) ? validateApiCall(request, response, context) : validatePage(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected()
                    ? unauthorized(request, response, "Autentique-se com HTTP Basic (e-mail e senha) ou com um token da API (Bearer).")
                    : context.doNothing();
        }
        Credential credential = credentialOf(header);
        if (credential == null) {
            return unauthorized(request, response, "Cabeçalho Authorization inválido: use Basic ou Bearer.");
        }
        attempt.from(clientAddress.of(request));
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        if (attempt.throttled()) {
            response.setHeader("Retry-After", Long.toString(attempt.retryAfterSeconds()));
            return problem(request, response, 429, "Muitas tentativas", attempt.failureMessage());
        }
        String detail = credential instanceof ApiTokenCredential ? "Token da API inválido ou revogado."
                : attempt.failureMessage();
        return unauthorized(request, response, detail);
    }

    private AuthenticationStatus validatePage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            attempt.from(clientAddress.of(request));
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession session = request.getSession(false);
            if (session == null) {
                session = request.getSession(true);
            } else {
                request.changeSessionId();
            }
            session.setAttribute(SESSION_KEY, new SignedInStaff(result.getCallerPrincipal().getName(),
                    result.getCallerGroups(), attempt.outcome().credentialsVersion()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        SignedInStaff signedIn = session == null ? null : (SignedInStaff) session.getAttribute(SESSION_KEY);
        if (signedIn != null) {
            if (authentication.sessionStands(signedIn.email(), signedIn.credentialsVersion())) {
                return context.notifyContainerAboutLogin(signedIn.email(), signedIn.groups());
            }
            // Deactivated, role changed or password reset since this session signed in: it ends here.
            session.invalidate();
            return context.isProtected() ? toLoginAfterSessionEnded(request, response, context) : context.doNothing();
        }
        if (context.isProtected()) {
            return LoginRedirect.send(request, response, context);
        }
        return context.doNothing();
    }

    /** To the login page with "sessão encerrada"; a Faces ajax request gets the redirect as a partial response. */
    private static AuthenticationStatus toLoginAfterSessionEnded(HttpServletRequest request,
            HttpServletResponse response, HttpMessageContext context) {
        return LoginRedirect.to(request, response, context, request.getContextPath() + SESSION_ENDED_PAGE);
    }

    private static Credential credentialOf(String header) {
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new ApiTokenCredential(header.substring(7).trim());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null
                        : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    /** 401 with a problem+json body. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Clientela\", charset=\"UTF-8\"");
        return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Não autenticado", detail);
    }

    /** A problem+json answer; the response is committed so nothing turns it into an HTML error page. */
    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
            String title, String detail) {
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json;charset=UTF-8");
            String body = Json.createObjectBuilder()
                    .add("type", "about:blank")
                    .add("title", title)
                    .add("status", status)
                    .add("detail", detail)
                    .add("instance", request.getRequestURI())
                    .build()
                    .toString();
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
