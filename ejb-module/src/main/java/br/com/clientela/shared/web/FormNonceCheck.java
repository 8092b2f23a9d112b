package br.com.clientela.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * A form post must carry the CSP nonce of the page it came from (PrimeFaces' CSP mode keeps it in the view and its
 * script adds it to every form as {@code primefaces.nonce}). PrimeFaces itself only compares them when the answer
 * is drawn, after the action ran, and then fails with a 500; here a post without it or with another one stops as
 * soon as its view is restored, before any value is applied or action run, and is answered like a foreign form state:
 * the page loads again with "página expirada" ({@link PageExceptionHandlerFactory}).
 */
public class FormNonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() || view == null || context.getResponseComplete()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected == null) {
            return;
        }
        String sent = context.getExternalContext().getRequestParameterMap().get(NONCE);
        if (!expected.equals(sent)) {
            throw new ViewExpiredException("The form did not carry the CSP nonce of its page", view.getViewId());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // only after the view is restored
    }
}
