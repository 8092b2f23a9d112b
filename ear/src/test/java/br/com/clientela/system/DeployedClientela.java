package br.com.clientela.system;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Clientela EAR on a real Payara Server with PostgreSQL, started once for the whole test run and
 * shared by every system and browser test class ({@code @ExtendWith(DeployedClientela.class)}); stopped when
 * the run ends. It uses the same domain script as {@code ./mvnw -Prun}, on its own ports (portbase 21000:
 * HTTP 21080) so a running demo is not disturbed. Demo data is loaded: two companies with three staff each.
 * The EAR deployed is the real one plus the test-only module of the service tests ({@link ServiceTestModule}).
 */
public final class DeployedClientela implements BeforeAllCallback {

    private static volatile Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    public static String baseUrl() {
        return running().baseUrl;
    }

    /**
     * The stand-in for ViaCEP and BrasilAPI (both answer from it, under their own paths): tests stub what the
     * outside services would answer. It answers 404 to anything not stubbed.
     */
    public static WireMockServer cepStandIn() {
        return running().cepStandIn;
    }

    /** A connection to the test database, for checking what was (not) stored. */
    public static Connection openDatabase() throws SQLException {
        return running().database.connect();
    }

    private static Server running() {
        if (server == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(DeployedClientela.class)");
        }
        return server;
    }

    @SuppressWarnings("deprecation") // CloseableResource: closed by JUnit when the whole run ends
    static final class Server implements ExtensionContext.Store.CloseableResource {

        static final String DOMAIN = "clientela-it";

        private final TestDatabase database;
        private final WireMockServer cepStandIn;
        private final Path payaraHome;
        private final String baseUrl;

        private Server(TestDatabase database, WireMockServer cepStandIn, Path payaraHome, String baseUrl) {
            this.database = database;
            this.cepStandIn = cepStandIn;
            this.payaraHome = payaraHome;
            this.baseUrl = baseUrl;
        }

        static Server start() {
            Path payaraHome = Path.of(required("clientela.it.payaraHome"));
            Path workDir = Path.of(required("clientela.it.workDir"));
            int portbase = Integer.parseInt(required("clientela.it.portbase"));
            TestDatabase database = TestDatabase.start();
            WireMockServer cepStandIn = new WireMockServer(WireMockConfiguration.options()
                    .bindAddress("127.0.0.1").dynamicPort());
            cepStandIn.start();
            try {
                Files.createDirectories(workDir);
                asadmin(payaraHome, workDir.resolve("stop-leftover.log"), "stop-domain", DOMAIN);
                deleteRecursively(payaraHome.resolve("glassfish/domains").resolve(DOMAIN));
                Path log = workDir.resolve("domain-setup.log");
                ProcessBuilder setup = new ProcessBuilder("bash", required("clientela.it.domainScript"),
                        "--payara", payaraHome.toString(), "--domain", DOMAIN, "--portbase", Integer.toString(portbase),
                        "--ear", ServiceTestModule.addTo(Path.of(required("clientela.it.ear")), workDir).toString(),
                        "--jdbc-driver", required("clientela.it.jdbcDriver"))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                setup.environment().put("CLIENTELA_DB_URL", database.url());
                setup.environment().put("CLIENTELA_DB_USER", database.user());
                setup.environment().put("CLIENTELA_DB_PASSWORD", database.password());
                setup.environment().put("CLIENTELA_DEMO", "true");
                setup.environment().put("CLIENTELA_CEP_VIACEP_URL", cepStandIn.baseUrl());
                setup.environment().put("CLIENTELA_CEP_BRASILAPI_URL", cepStandIn.baseUrl());
                setup.environment().put("CLIENTELA_CEP_TIMEOUT_MS", "1000");
                // Sign-in throttling per client address: tests that need an address of their own send it in
                // X-Forwarded-For, which the server believes only from these (SignInAttempts).
                setup.environment().put("CLIENTELA_LOGIN_TRUSTED_PROXIES", "127.0.0.1,0:0:0:0:0:0:0:1,::1");
                // The one-time setup of a real installation, exercised by FirstCompanySetupIT.
                setup.environment().put("CLIENTELA_SETUP_COMPANY_SLUG", "studio-teste");
                setup.environment().put("CLIENTELA_SETUP_COMPANY_NAME", "Studio de Teste Ltda");
                setup.environment().put("CLIENTELA_SETUP_ADMIN_EMAIL", "dona@studio-teste.com.br");
                setup.environment().put("CLIENTELA_SETUP_ADMIN_NAME", "Dona do Studio");
                setup.environment().put("CLIENTELA_SETUP_ADMIN_PASSWORD", "PrimeiroAcesso2026");
                Process process = setup.start();
                if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Deploying Clientela for the tests failed:\n"
                            + tail(log) + "\nServer log: " + payaraHome.resolve("glassfish/domains/" + DOMAIN
                                    + "/logs/server.log"));
                }
                ServiceTestModule.addCallers(payaraHome, portbase + 48, workDir);
            } catch (IOException | InterruptedException | RuntimeException e) {
                cepStandIn.stop();
                database.close();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw e instanceof IllegalStateException ise ? ise : new IllegalStateException(e);
            }
            return new Server(database, cepStandIn, payaraHome, "http://localhost:" + (portbase + 80));
        }

        @Override
        public void close() throws IOException {
            try {
                asadmin(payaraHome, Path.of(required("clientela.it.workDir")).resolve("stop.log"), "stop-domain",
                        DOMAIN);
            } finally {
                cepStandIn.stop();
                database.close();
            }
        }

        private static void asadmin(Path payaraHome, Path log, String... args) throws IOException {
            List<String> command = new java.util.ArrayList<>(List.of(payaraHome.resolve("bin/asadmin").toString()));
            command.addAll(List.of(args));
            try {
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start()
                        .waitFor(3, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String tail(Path log) throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        private static void deleteRecursively(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null) {
                throw new IllegalStateException("System property " + property
                        + " is missing: run the system tests through Maven (./mvnw verify), which sets it");
            }
            return value;
        }
    }
}
