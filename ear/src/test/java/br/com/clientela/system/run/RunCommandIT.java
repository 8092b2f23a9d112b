package br.com.clientela.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.run.RunCommand.Ended;
import br.com.clientela.system.run.RunCommand.Running;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run command itself ({@code ./mvnw -Prun}: the domain script in the foreground with no database settings),
 * on a domain and ports of its own (portbase {@code clientela.it.runPortbase}, else the tests' portbase + 100):
 * the demo on the embedded PostgreSQL serves every back-office page, starts again after a stop without
 * deploying again, refuses a second run, and fails fast, naming the port, when one is taken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandIT {

    private static final String ADMIN = "admin@pethotel.demo";
    private static final String PASSWORD = "Clientela2026";
    /** The API listing whose first record a folder's view.xhtml is opened with. */
    private static final Map<String, String> LISTINGS = Map.of("clients", "/clients", "quotes", "/quotes",
            "invoices", "/invoices", "orders", "/orders", "staff/users", "/staff-users");

    private final RunCommand run = new RunCommand("clientela-run", runPortbase());
    private Running running;

    @BeforeAll
    void startTheRunCommand() throws IOException, InterruptedException {
        run.wipe();
        running = run.start();
    }

    @AfterAll
    void stopIt() throws IOException, InterruptedException {
        if (running != null) {
            run.stop(running);
        }
    }

    @Test
    void everyBackOfficePageOpensOnTheEmbeddedPostgreSQL() throws IOException, InterruptedException {
        assertThat(running.output()).contains("PostgreSQL embutido");
        StaffSession admin = StaffSession.signIn(run.baseUrl(), ADMIN, PASSWORD);
        List<String> pages = pages();
        assertThat(pages).contains("/clients/list.xhtml", "/quotes/edit.xhtml", "/catalog/list.xhtml");

        SoftAssertions softly = new SoftAssertions();
        for (String page : pages) {
            String path = page + parametersFor(admin, page);
            HttpResponse<String> answer = admin.get(path);
            softly.assertThat(answer.statusCode()).as("status of %s", path).isEqualTo(200);
            softly.assertThat(answer.uri().getPath()).as("%s kept the signed-in user", path)
                    .doesNotEndWith("/login.xhtml");
            softly.assertThat(answer.body()).as("%s", path)
                    .doesNotContain("Algo deu errado", "Página não encontrada");
        }
        softly.assertAll();
    }

    @Test
    void aNewQuoteCanChooseFromTheActiveCatalog() throws IOException, InterruptedException {
        StaffSession admin = StaffSession.signIn(run.baseUrl(), ADMIN, PASSWORD);

        HttpResponse<String> catalog = admin.api("/catalog?active=true");

        assertThat(catalog.statusCode()).as(catalog.body()).isEqualTo(200);
        List<JsonObject> items = json(catalog.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item.getBoolean("active")).isTrue());
        assertThat(admin.get("/quotes/edit.xhtml").body()).doesNotContain("Algo deu errado");
    }

    @Test
    void startingAgainAfterAStopServesTheDemoWithoutDeployingAgain() throws IOException, InterruptedException {
        run.stop(running);
        running = null;
        assertThat(RunCommand.listening(run.portbase() + 80)).as("HTTP after the stop").isFalse();
        assertThat(RunCommand.listening(run.portbase() + 54)).as("PostgreSQL after the stop").isFalse();

        running = run.start();

        assertThat(running.output()).contains("já implantado").doesNotContain("implantando");
        StaffSession admin = StaffSession.signIn(run.baseUrl(), ADMIN, PASSWORD);
        HttpResponse<String> clients = admin.api("/clients?size=5");
        assertThat(clients.statusCode()).isEqualTo(200);
        assertThat(json(clients.body()).getInt("total")).isGreaterThanOrEqualTo(50);
        assertThat(admin.get("/clients/list.xhtml").body()).doesNotContain("Algo deu errado");
        String logs = run.serverLogs();
        assertThat(count(logs, "Clientela database at schema version")).as("the application started, in all")
                .isEqualTo(2);
        assertThat(count(logs, "Demo company 'pethotel' loaded")).as("demo data loaded").isEqualTo(1);
    }

    @Test
    void aSecondRunIsRefusedAndTheFirstKeepsServing() throws IOException, InterruptedException {
        Ended second = run.runToEnd();

        assertThat(second.exitCode()).isNotZero();
        assertThat(second.output()).contains("já está rodando", "http://localhost:" + (run.portbase() + 80));
        assertThat(running.process().isAlive()).isTrue();
        StaffSession admin = StaffSession.signIn(run.baseUrl(), ADMIN, PASSWORD);
        assertThat(admin.api("/me").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 48, 54})
    void aTakenPortStopsTheRunAtOnceNamingItAndLeavesNothingRunning(int offset) throws IOException,
            InterruptedException {
        RunCommand busy = new RunCommand("clientela-busy", run.portbase() + 100);
        busy.wipe();
        int taken = busy.portbase() + offset;
        Ended ended;
        try (ServerSocket squatter = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress())) {
            ended = busy.runToEnd();
        }

        assertThat(ended.exitCode()).isNotZero();
        assertThat(ended.output()).contains("porta " + taken, "CLIENTELA_PORTBASE");
        for (int port : new int[] {80, 48, 54}) {
            assertThat(RunCommand.listening(busy.portbase() + port)).as("port +%d", port).isFalse();
        }
        assertThat(busy.domainDir()).doesNotExist();
    }

    /** Every page of the back office: the .xhtml files of web-module/src/main/webapp. */
    private static List<String> pages() throws IOException {
        Path webapp = Path.of(RunCommand.required("clientela.it.webappDir"));
        try (Stream<Path> files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> "/" + webapp.relativize(f)
                    .toString().replace('\\', '/')).filter(p -> !p.startsWith("/WEB-INF/")
                            && !p.startsWith("/resources/") && !p.equals("/login.xhtml")).sorted().toList();
        }
    }

    /**
     * What a page needs to show something: a view page (and the staff user editor, which has no "new" mode) the
     * first record of its folder's API listing; the merge page two clients; any other page nothing.
     */
    private static String parametersFor(StaffSession admin, String page) throws IOException, InterruptedException {
        if (page.equals("/clients/merge.xhtml")) {
            List<Long> clients = firstIds(admin, "/clients", 2);
            return "?winner=" + clients.get(0) + "&loser=" + clients.get(1);
        }
        if (!page.endsWith("/view.xhtml") && !page.equals("/staff/users/edit.xhtml")) {
            return "";
        }
        String folder = page.substring(1, page.lastIndexOf('/'));
        String listing = LISTINGS.get(folder);
        assertThat(listing).as("the API listing of %s (add it to LISTINGS)", folder).isNotNull();
        return "?id=" + firstIds(admin, listing, 1).get(0);
    }

    private static List<Long> firstIds(StaffSession admin, String listing, int count) throws IOException,
            InterruptedException {
        HttpResponse<String> answer = admin.api(listing + "?size=" + count);
        List<JsonValue> items = json(answer.body()).getJsonArray("items");
        assertThat(items).as("%s in the demo data", listing).hasSize(count);
        return items.stream().map(item -> item.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static int runPortbase() {
        String given = System.getProperty("clientela.it.runPortbase");
        return given == null || given.isBlank() ? Integer.parseInt(RunCommand.required("clientela.it.portbase")) + 100
                : Integer.parseInt(given);
    }
}
