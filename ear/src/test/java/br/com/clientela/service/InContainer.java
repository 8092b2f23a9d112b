package br.com.clientela.service;

import br.com.clientela.system.DeployedClientela;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Runs a service test inside the Payara Server that the system tests share, so it calls the real EJBs with
 * their transactions, security and tenancy on PostgreSQL: {@code @ExtendWith(InContainer.class)}, fields
 * {@code @EJB ClientService clients;}, and {@link Staff} for whom the calls are made as.
 *
 * <p>Why not Arquillian with the Payara remote adapter and a test WAR per class: that WAR is a separate
 * application, and Jakarta EE gives each application its own class loader. A global JNDI lookup of
 * {@code java:global/clientela/ejb-module/ClientService} from such a WAR does return the bean, but its class,
 * {@code ClientService} and the parameter types ({@code ClientInput}, ...) live only in the EAR's loader: the
 * WAR cannot name them (ClassNotFoundException), and copies packed into the WAR are other classes (a copy of
 * the {@code @Stateless} class even makes Payara deploy it as a second EJB). The beans have no remote views.
 * Deploying the whole EAR per test class instead would break "one deployment per run, one server".
 *
 * <p>So {@code DeployedClientela} deploys the EAR once with one more, test-only module, {@code service-it.war}
 * (this package, JUnit and AssertJ; the business code stays only in the EAR), and this extension does on the
 * Failsafe side what Arquillian's servlet protocol does: it starts the shared server, skips each test method
 * here and has {@link InContainerRunner} run it in the server, then rethrows its failure. Only plain
 * {@code @Test} methods are sent; lifecycle methods run in the server around them.
 */
public final class InContainer implements BeforeAllCallback, TestInstancePostProcessor, InvocationInterceptor {

    /** True in the server (set by the runner), false in the Failsafe JVM. */
    private static volatile boolean inServer;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static void markInServer() {
        inServer = true;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!inServer) {
            new DeployedClientela().beforeAll(context);
        }
    }

    /** In the server: {@code @EJB} fields get the application's bean of that type (the EJB module's name for it). */
    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        if (!inServer) {
            return;
        }
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(EJB.class)) {
                    field.setAccessible(true);
                    field.set(testInstance, lookup(field.getType()));
                }
            }
        }
    }

    private static Object lookup(Class<?> bean) throws NamingException {
        return InitialContext.doLookup("java:app/ejb-module/" + bean.getSimpleName());
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        if (inServer) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        InServerOutcome.rethrow(runInServer(extensionContext.getRequiredTestClass(),
                invocationContext.getExecutable()));
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onlyInServer(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onlyInServer(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onlyInServer(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        onlyInServer(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        if (inServer) {
            return invocation.proceed();
        }
        throw new UnsupportedOperationException("Service tests in the server are plain @Test methods");
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        if (inServer) {
            invocation.proceed();
            return;
        }
        throw new UnsupportedOperationException("Service tests in the server are plain @Test methods");
    }

    private static void onlyInServer(Invocation<Void> invocation) throws Throwable {
        if (inServer) {
            invocation.proceed();
        } else {
            invocation.skip();
        }
    }

    private static InServerOutcome.Report runInServer(Class<?> testClass, Method method) throws IOException,
            InterruptedException {
        String query = "class=" + URLEncoder.encode(testClass.getName(), StandardCharsets.UTF_8) + "&method="
                + URLEncoder.encode(method.getName(), StandardCharsets.UTF_8);
        HttpResponse<InputStream> reply = HTTP.send(HttpRequest.newBuilder(URI.create(DeployedClientela.baseUrl()
                + InContainerRunner.PATH + "?" + query)).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofInputStream());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("The in-server test runner answered " + reply.statusCode() + " for "
                    + testClass.getName() + "#" + method.getName() + ": "
                    + new String(reply.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        try (InputStream body = reply.body()) {
            return InServerOutcome.readFrom(body);
        }
    }
}
