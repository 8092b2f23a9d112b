package br.com.clientela.backoffice.staff.tokens;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.security.boundary.ApiTokenRow;
import br.com.clientela.security.boundary.ApiTokenService;
import br.com.clientela.security.boundary.CreatedApiToken;
import br.com.clientela.security.boundary.NewApiToken;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The company's API tokens (staff/tokens/list.xhtml): list, create, revoke. A new token is shown once, in
 * a dialog; the bean forgets it as soon as that dialog closes, and the service only keeps its digest.
 */
@Named
@ViewScoped
public class ApiTokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokenService apiTokens;

    private final PagedRows<ApiTokenRow> tokens = new PagedRows<>(
            () -> apiTokens.count(), (first, size) -> apiTokens.page(first, size), ApiTokenRow::id);
    private String newTokenName;
    private CreatedApiToken createdToken;

    public void prepareNewToken() {
        newTokenName = null;
        createdToken = null;
    }

    public void create() {
        NewApiToken request = new NewApiToken(newTokenName);
        PageMessages.attempt("newTokenForm", () -> createdToken = apiTokens.create(request));
    }

    public void forgetCreatedToken() {
        createdToken = null;
    }

    public void revoke(ApiTokenRow token) {
        if (PageMessages.attempt(null, () -> apiTokens.revoke(token.id()))) {
            PageMessages.info("apiTokens.revoked", token.name());
        }
    }

    public PagedRows<ApiTokenRow> getTokens() {
        return tokens;
    }

    public String getNewTokenName() {
        return newTokenName;
    }

    public void setNewTokenName(String newTokenName) {
        this.newTokenName = newTokenName;
    }

    public CreatedApiToken getCreatedToken() {
        return createdToken;
    }
}
