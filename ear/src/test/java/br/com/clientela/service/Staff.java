package br.com.clientela.service;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A staff member as whom a service test calls the EJBs, in the server: {@code STUDIO_ADMIN.call(() ->
 * clients.create(input))}. The EJBs then see this e-mail as the caller principal (so the tenant interceptor
 * scopes the call to the member's company) and the role as the caller's group, as after a real sign-in.
 *
 * <p>How: Payara's programmatic login against the server's {@code file} realm, where the test harness adds
 * each member below with its role as group and a test-only password (a domain's default principal-to-role
 * mapping and the EAR's group mapping make it the role). The app's own identity store (web-module) is not
 * used because a CDI bean of one WAR is not visible to another; the EJBs only read the principal and its
 * roles. {@code @RunAs} would fix one identity per test bean; this switches within a test. Payara's class is
 * reached by name because no API jar of this build has it. Calls do not nest: each one ends signed out.
 */
public final class Staff {

    /** The company made by the one-time setup in the tests' domain (see DeployedClientela). */
    public static final Staff STUDIO_ADMIN = new Staff("dona@studio-teste.com.br", "ADMIN");
    /** Demo data: another company. */
    public static final Staff CLINICA_ADMIN = new Staff("admin@clinica.demo", "ADMIN");
    public static final Staff PETHOTEL_ADMIN = new Staff("admin@pethotel.demo", "ADMIN");
    public static final Staff PETHOTEL_STAFF = new Staff("equipe@pethotel.demo", "STAFF");

    /** Who the harness puts in the realm. */
    public static final List<Staff> ALL = List.of(STUDIO_ADMIN, CLINICA_ADMIN, PETHOTEL_ADMIN, PETHOTEL_STAFF);
    public static final String REALM = "file";
    public static final String PASSWORD = "ServiceIt-only-2026";

    private static final String PROGRAMMATIC_LOGIN = "com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin";

    private final String email;
    private final String role;

    private Staff(String email, String role) {
        this.email = email;
        this.role = role;
    }

    public String email() {
        return email;
    }

    public String role() {
        return role;
    }

    /** Something done as this member that returns nothing. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public <T> T call(Callable<T> work) throws Exception {
        Object login = signIn();
        try {
            return work.call();
        } finally {
            login.getClass().getMethod("logout").invoke(login);
        }
    }

    public void run(Work work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    private Object signIn() throws ReflectiveOperationException {
        Object login = Class.forName(PROGRAMMATIC_LOGIN).getConstructor().newInstance();
        try {
            Object signedIn = login.getClass().getMethod("login", String.class, char[].class, String.class,
                    boolean.class).invoke(login, email, PASSWORD.toCharArray(), REALM, true);
            if (!Boolean.TRUE.equals(signedIn)) {
                throw new IllegalStateException("Programmatic login refused " + email);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Programmatic login of " + email + " failed (is it in the '" + REALM
                    + "' realm of the tests' domain?)", e.getCause());
        }
        return login;
    }

    @Override
    public String toString() {
        return email + " (" + role + ")";
    }
}
