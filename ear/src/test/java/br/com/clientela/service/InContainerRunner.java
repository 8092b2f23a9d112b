package br.com.clientela.service;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The server side of {@link InContainer}, in the test-only module service-it.war: runs one test method with
 * the JUnit Platform (so its lifecycle methods and extensions run as usual) in this request's thread, and
 * answers with the {@link InServerOutcome}. Only the test domain ever has this module.
 */
@WebServlet(InContainerRunner.RUN)
public class InContainerRunner extends HttpServlet {

    static final String CONTEXT_ROOT = "/service-it";
    static final String RUN = "/run";
    static final String PATH = CONTEXT_ROOT + RUN;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String testClass = request.getParameter("class");
        String method = request.getParameter("method");
        if (testClass == null || method == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "class and method are required");
            return;
        }
        InContainer.markInServer();
        InServerOutcome outcome = new InServerOutcome();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(testClass, method)).build(), outcome);
        response.setContentType("application/x-java-serialized-object");
        outcome.writeTo(response.getOutputStream());
    }
}
