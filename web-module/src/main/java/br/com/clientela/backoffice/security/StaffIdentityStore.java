package br.com.clientela.backoffice.security;

import br.com.clientela.security.boundary.AuthenticationOutcome;
import br.com.clientela.security.boundary.StaffAuthentication;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Staff identity for pages and API alike: e-mail and password (PBKDF2 hashes in staff_user, attempts
 * throttled per e-mail and per client address) or an API token. The groups are the role names, which Payara maps to roles.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    StaffAuthentication authentication;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        AuthenticationOutcome outcome;
        if (credential instanceof UsernamePasswordCredential password) {
            outcome = authentication.authenticate(password.getCaller(), password.getPasswordAsString(),
                    attempt.clientAddress());
        } else if (credential instanceof ApiTokenCredential token) {
            outcome = authentication.authenticateToken(token.token());
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.record(outcome);
        return outcome.succeeded() ? new CredentialValidationResult(outcome.email(), outcome.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
