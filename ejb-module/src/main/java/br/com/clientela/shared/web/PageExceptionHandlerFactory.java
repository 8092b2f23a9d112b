package br.com.clientela.shared.web;

import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures of a page that are the visitor's situation, not a bug, answered as such on every page at once
 * instead of a 500 page and a stack trace in the log:
 * <ul>
 * <li>an expired or foreign form state (ViewState from an old session, another session or made up — also on the
 * login page, before anyone signed in — or a post without the page's CSP nonce, see FormNonceCheck): the page is loaded again by GET
 * with a pt-BR "página expirada" message;
 * <li>a record that does not exist or belongs to another company, or that the caller's role may not see (an id in
 * the address): the 404 page, like the API's 404.
 * </ul>
 * Anything else goes on to the wrapped handler (OmniFaces' full-ajax one). Declared after it in faces-config.xml,
 * so it wraps it.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandlerFactory.class.getName());

    static final String EXPIRED = "A página expirou (sessão encerrada ou formulário antigo) e foi carregada de novo. "
            + "Confira os dados e envie outra vez.";

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageExceptionHandler(getWrapped().getExceptionHandler());
    }

    static final class PageExceptionHandler extends ExceptionHandlerWrapper {

        PageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (context != null && events.hasNext()) {
                Throwable failure = events.next().getContext().getException();
                if (answered(context, failure)) {
                    events.remove();
                }
            }
            getWrapped().handle();
        }

        private static boolean answered(FacesContext context, Throwable failure) {
            ExternalContext external = context.getExternalContext();
            if (external.isResponseCommitted()) {
                return false;
            }
            try {
                if (causeOfType(failure, ViewExpiredException.class) != null) {
                    LOG.log(Level.FINE, "Expired view answered by reloading the page", failure);
                    context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, EXPIRED, null));
                    external.getFlash().setKeepMessages(true);
                    external.redirect(sameAddress(external));
                    context.responseComplete();
                    return true;
                }
                if (causeOfType(failure, NotFoundException.class) != null
                        || causeOfType(failure, EJBAccessException.class) != null) {
                    external.responseReset();
                    external.responseSendError(404, "Não encontrado.");
                    context.responseComplete();
                    return true;
                }
            } catch (IOException | IllegalStateException cannotAnswer) {
                LOG.log(Level.FINE, "Could not answer a page failure; the default handler takes it", cannotAnswer);
            }
            return false;
        }

        /** The address the failed request was for, so a GET loads the page fresh. */
        private static String sameAddress(ExternalContext external) {
            jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }

        private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }
    }
}
