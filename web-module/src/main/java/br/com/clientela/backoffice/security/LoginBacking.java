package br.com.clientela.backoffice.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The staff login page (login.xhtml): hands the credential to the authentication mechanism. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @NotBlank(message = "Informe o e-mail.")
    private String email;

    @NotBlank(message = "Informe a senha.")
    private String password;

    /** Where to go after signing in ({@code ?volta=}); only a page of this application, see {@link ReturnPath}. */
    private String returnTo;

    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            goOn();
        }
    }

    public void login() throws IOException {
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        switch (status) {
            case SUCCESS -> goOn();
            case SEND_CONTINUE -> Faces.responseComplete();
            default -> Messages.addGlobalError(attempt.failureMessage());
        }
    }

    /** Back to the page the user was on when the session ended or the sign-in was asked for; else home. */
    private void goOn() throws IOException {
        Faces.getExternalContext().redirect(Faces.getRequestContextPath() + "/"
                + ReturnPath.of(returnTo).orElse("index.xhtml"));
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
