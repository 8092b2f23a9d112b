package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.FacesSession;
import br.com.clientela.system.Problems;
import br.com.clientela.system.TestData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What was probed from outside and failed: security headers, unknown HTTP methods, a foreign Origin, a made-up
 * ViewState, an unknown id on a page, control characters, absurd dates and wrong JSON types.
 */
@ExtendWith(DeployedClientela.class)
class HardeningIT {

    private static final String TEXT_REFUSAL =
            "O texto contém caracteres invisíveis ou inválidos (caracteres de controle): remova-os e envie de novo.";

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    // --- headers -------------------------------------------------------------------------------------------

    @Test
    void pagesCarryTheSecurityHeadersAndAreNotStored() {
        HttpResponse<String> login = FacesSession.anonymous().get("/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login.xhtml", "/portal/login.xhtml", "/portal/pethotel"})
    void pagesRunOnlyScriptsCarryingTheNonceOfTheirPolicy(String path) {
        HttpResponse<String> page = FacesSession.anonymous().get(path);

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("script-src")).findFirst().orElse("");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).as("a script-src with a nonce in %s", policy).isTrue();
        assertThat(policy).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        String html = page.body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script\\b([^>]*)>").matcher(html);
        int inline = 0;
        while (script.find()) {
            String attributes = script.group(1);
            if (!attributes.contains("src=")) {
                inline++;
                assertThat(attributes).as("an inline script of %s", path).contains("nonce=\"" + nonce.group(1) + "\"");
            }
        }
        assertThat(inline).as("PrimeFaces' widget scripts of %s", path).isPositive();
        assertThat(html).as("no inline event handler in %s", path).doesNotContainPattern("<[^>]+\\son[a-z]+=\"");
    }

    @Test
    void jsonPdfAndCsvWithPersonalDataAreNotStored() {
        long client = ClientRecordIT.id(TestData.personClient(PETHOTEL_STAFF, "Cliente Cabeçalhos", TestData.newCpf()));
        long quote = ClientRecordIT.id(staff.post("/api/v1/quotes", "{\"clientId\":" + client
                + ",\"validUntil\":\"" + java.time.LocalDate.now().plusDays(10)
                + "\",\"lines\":[{\"description\":\"Banho\",\"unitPrice\":50}]}").json());

        for (String path : new String[] {"/api/v1/clients/" + client, "/api/v1/quotes/" + quote + "/pdf",
                "/api/v1/clients/export.csv?ids=" + client}) {
            Api.Reply reply = staff.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(reply.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'self'");
        }
    }

    @Test
    void staticResourcesStayCacheable() {
        HttpResponse<String> page = FacesSession.anonymous().get("/login.xhtml");
        String css = page.body().replaceAll("(?s).*href=\"([^\"]*jakarta\\.faces\\.resource/[^\"]*\\.css[^\"]*)\".*", "$1")
                .replace("&amp;", "&");

        HttpResponse<String> resource = FacesSession.anonymous().get(URI.create(css).getRawPath() + "?"
                + URI.create(css).getRawQuery());

        assertThat(resource.statusCode()).isEqualTo(200);
        assertThat(resource.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(resource.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    // --- methods -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"FOO,/login.xhtml,501", "PROPFIND,/login.xhtml,501", "TRACE,/,405", "FOO,/api/v1/clients,501", "PROPFIND,/api/v1/me,501",
            "TRACE,/api/v1/me,405", "FOO,/portal/pethotel,501"})
    void anUnknownMethodIsAPlainRefusalWithoutTheServersNameOrVersion(String method, String path, int status)
            throws IOException {
        String answer = raw(method, path, "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString((PETHOTEL_STAFF + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));

        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).doesNotContain("payara").doesNotContain("glassfish").doesNotContain("grizzly")
                .doesNotContain("badassfish").doesNotContain("server:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"FOO", "TRACE", "PROPFIND"})
    void anUnknownMethodWithoutSignInShowsNoProductEither(String method) throws IOException {
        String answer = raw(method, "/", null);

        assertThat(answer).doesNotStartWith("HTTP/1.1 200").doesNotStartWith("HTTP/1.1 500");
        assertThat(answer.toLowerCase()).doesNotContain("payara").doesNotContain("glassfish").doesNotContain("badassfish");
    }

    // --- origin --------------------------------------------------------------------------------------------

    @Test
    void aFormPostFromAnotherSiteIsRefusedAndFromOurOwnAccepted() {
        FacesSession browser = FacesSession.anonymous();
        String viewState = FacesSession.viewStateOf(browser.get("/login.xhtml").body());
        Map<String, String> form = Map.of("login", "login", "login:email", PETHOTEL_STAFF, "login:password",
                DEMO_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", viewState);

        HttpResponse<String> foreign = browser.post("/login.xhtml", form, Map.of("Origin", "http://evil.example"));
        HttpResponse<String> crossSite = browser.post("/login.xhtml", form, Map.of("Sec-Fetch-Site", "cross-site"));
        HttpResponse<String> own = browser.post("/login.xhtml", form, Map.of("Origin", DeployedClientela.baseUrl()));

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(own.statusCode()).as("signed in and sent home").isEqualTo(302);
        assertThat(own.headers().firstValue("Location").orElse("")).endsWith("index.xhtml");
    }

    @Test
    void anApiWriteFromAnotherSitesPageIsRefused() {
        Api.Reply reply = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Origem Estranha\"}",
                "Origin", "http://evil.example");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(staff.get("/api/v1/clients?q=Origem%20Estranha").json().getInt("total")).isZero();
    }

    // --- view state and unknown ids ------------------------------------------------------------------------

    @Test
    void aMadeUpViewStateOnTheLoginPageReloadsItInsteadOfA500() {
        FacesSession browser = FacesSession.anonymous();
        browser.get("/login.xhtml");

        HttpResponse<String> reply = browser.post("/login.xhtml", Map.of("login", "login", "login:email", PETHOTEL_STAFF,
                "login:password", DEMO_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", "lixo:123"), Map.of());

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
        HttpResponse<String> reloaded = browser.get("/login.xhtml");
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("A página expirou");
    }

    @Test
    void aViewStateFromAnotherSessionIsNotA500() {
        String othersViewState = FacesSession.viewStateOf(FacesSession.anonymous().get("/login.xhtml").body());
        FacesSession browser = FacesSession.anonymous();
        browser.get("/login.xhtml");

        HttpResponse<String> reply = browser.post("/login.xhtml", Map.of("login", "login", "login:email", PETHOTEL_STAFF,
                "login:password", DEMO_PASSWORD, "login:submit", "", "jakarta.faces.ViewState", othersViewState), Map.of());

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
    }

    @Test
    void aMadeUpViewStateOnAnAjaxPostAfterSignInReloadsThePage() {
        FacesSession browser = FacesSession.signedIn(PETHOTEL_STAFF, DEMO_PASSWORD);

        HttpResponse<String> reply = browser.post("/clients/list.xhtml", Map.of("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "x", "jakarta.faces.ViewState", "-123:456"), Map.of("Faces-Request", "partial/ajax"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("<redirect").contains("clients/list.xhtml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/invoices/edit.xhtml?clientId=987654321", "/invoices/edit.xhtml?clientId=abc",
            "/invoices/view.xhtml?id=987654321", "/quotes/edit.xhtml?clientId=987654321", "/quotes/view.xhtml?id=987654321",
            "/orders/edit.xhtml?id=987654321", "/orders/edit.xhtml?clientId=987654321", "/clients/view.xhtml?id=987654321",
            "/clients/edit.xhtml?id=987654321", "/transactions/list.xhtml?clientId=987654321",
            "/staff/users/edit.xhtml?id=987654321", "/clients/merge.xhtml?winner=987654321&loser=987654322"})
    void anUnknownIdOnAPageIsThe404Page(String page) {
        HttpResponse<String> reply = FacesSession.signedIn(PETHOTEL_ADMIN, DEMO_PASSWORD).get(page);

        assertThat(reply.statusCode()).as(page).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Algo deu errado");
    }

    @Test
    void anotherCompanysClientOnTheInvoiceEditorIsThe404Page() {
        long theirs = ClientRecordIT.id(TestData.personClient(TestData.CLINICA_ADMIN, "Cliente da Clínica", TestData.newCpf()));

        HttpResponse<String> reply = FacesSession.signedIn(PETHOTEL_STAFF, DEMO_PASSWORD)
                .get("/invoices/edit.xhtml?clientId=" + theirs);

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Cliente da Clínica");
    }

    // --- text, dates and JSON types ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Ana\\u0000Maria", "Ana\\u0007Maria", "Ana\\ud800Maria", "Ana\\udc00Maria", "Ana\\u007fMaria"})
    void controlCharactersAndLoneSurrogatesAre422NamingTheFieldAndNothingIsStored(String escaped) {
        String marker = TestData.uniqueWord();
        Api.Reply reply = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + marker + " " + escaped
                + "\",\"addresses\":[{\"type\":\"HOME\",\"street\":\"Rua " + escaped + "\"}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("name", TEXT_REFUSAL)
                .containsEntry("addresses[0].street", TEXT_REFUSAL);
        assertThat(staff.get("/api/v1/clients?q=" + marker).json().getInt("total")).isZero();
    }

    @Test
    void lineBreaksAndTabsStayWelcomeInNotes() {
        long client = ClientRecordIT.id(TestData.personClient(PETHOTEL_STAFF, "Cliente Notas", TestData.newCpf()));

        Api.Reply reply = staff.post("/api/v1/quotes", "{\"clientId\":" + client + ",\"validUntil\":\""
                + java.time.LocalDate.now().plusDays(10) + "\",\"notes\":\"linha 1\\nlinha 2\\tcoluna\",\"lines\":[{\"description\":\"Banho\",\"unitPrice\":50}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().getString("notes")).isEqualTo("linha 1\nlinha 2\tcoluna");
    }

    @Test
    void aControlCharacterInAQueryParameterIs422NamingIt() {
        Api.Reply reply = staff.get("/api/v1/clients?q=ana%00");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("q", TEXT_REFUSAL);
    }

    @Test
    void aControlCharacterInAFacesFormIsRefusedWithAMessage() {
        FacesSession browser = FacesSession.anonymous();
        String viewState = FacesSession.viewStateOf(browser.get("/login.xhtml").body());

        HttpResponse<String> reply = browser.post("/login.xhtml", Map.of("login", "login", "login:email",
                PETHOTEL_STAFF + "\u0000", "login:password", DEMO_PASSWORD, "login:submit", "",
                "jakarta.faces.ViewState", viewState), Map.of());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("caracteres invisíveis ou inválidos");
    }

    @Test
    void aFormPostWithoutThePagesNonceReloadsThePageInsteadOfA500() {
        FacesSession browser = FacesSession.anonymous();
        String viewState = FacesSession.viewStateOf(browser.get("/login.xhtml").body());

        // No button pressed (nobody signs in, no attempt counted): only the page is drawn again, with a foreign nonce.
        HttpResponse<String> reply = browser.post("/login.xhtml", Map.of("login", "login", "login:email",
                PETHOTEL_STAFF, "jakarta.faces.ViewState", viewState,
                FacesSession.NONCE_FIELD, "bm90LXRoZS1wYWdlcy1ub25jZQ=="), Map.of());

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
        assertThat(browser.get("/login.xhtml").body()).contains("A página expirou");
    }

    @ParameterizedTest
    @CsvSource({"0001-01-01,Informe uma data entre 01/01/1900 e 31/12/2100.",
            "99999-01-01,Informe uma data válida no formato AAAA-MM-DD.",
            "+99999-01-01,Informe uma data entre 01/01/1900 e 31/12/2100.",
            "2101-01-01,Informe uma data entre 01/01/1900 e 31/12/2100."})
    void absurdDatesAre422NamingTheField(String date, String message) {
        String marker = TestData.uniqueWord();
        Api.Reply birth = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"" + marker
                + "\",\"birthDate\":\"" + date + "\"}");
        long client = ClientRecordIT.id(TestData.personClient(PETHOTEL_STAFF, "Cliente Datas", TestData.newCpf()));
        Api.Reply due = staff.post("/api/v1/invoices", "{\"clientId\":" + client + ",\"dueDate\":\"" + date
                + "\",\"lines\":[{\"description\":\"Banho\",\"unitPrice\":50}]}");

        assertThat(birth.status()).as(birth.toString()).isEqualTo(422);
        assertThat(Problems.errors(birth)).containsEntry("birthDate", message);
        assertThat(due.status()).as(due.toString()).isEqualTo(422);
        assertThat(Problems.errors(due)).containsEntry("dueDate", message);
        assertThat(staff.get("/api/v1/clients?q=" + marker).json().getInt("total")).isZero();
        assertThat(staff.get("/api/v1/invoices?clientId=" + client).json().getInt("total")).isZero();
    }

    @Test
    void aBirthDateInTheFutureIsStillRefused() {
        Api.Reply reply = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":\"Futuro\",\"birthDate\":\"2090-01-01\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsKey("birthDate");
    }

    @Test
    void aNumberWhereTextIsExpectedIs422NamingTheField() {
        Api.Reply reply = staff.post("/api/v1/clients", "{\"kind\":\"PERSON\",\"name\":12345}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("name", "Envie um texto, entre aspas.");
    }

    @Test
    void aStringWhereABooleanIsExpectedIs422NamingTheField() {
        Api admin = Api.as(PETHOTEL_ADMIN, DEMO_PASSWORD);
        String name = "Unidade " + TestData.uniqueWord();

        Api.Reply reply = admin.post("/api/v1/centers", "{\"name\":\"" + name + "\",\"active\":\"sim\"}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("active", "Envie true ou false, sem aspas.");
        assertThat(admin.get("/api/v1/centers").body()).doesNotContain(name);
    }

    @Test
    void aWrongTypeInOneLineIsNamedWithItsPosition() {
        long client = ClientRecordIT.id(TestData.personClient(PETHOTEL_STAFF, "Cliente Tipos", TestData.newCpf()));

        Api.Reply reply = staff.post("/api/v1/quotes", "{\"clientId\":" + client + ",\"lines\":[{\"description\":\"Banho\","
                + "\"unitPrice\":50},{\"description\":7,\"unitPrice\":10}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(Problems.errors(reply)).containsEntry("lines[1].description", "Envie um texto, entre aspas.");
    }

    private static void assertSecurityHeaders(HttpResponse<?> reply) {
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(reply.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(String.join("; ", reply.headers().allValues("Content-Security-Policy")))
                .contains("frame-ancestors 'self'").contains("object-src 'none'").contains("base-uri 'self'");
    }

    /** A request as raw bytes: HTTP clients refuse to send some methods. */
    private static String raw(String method, String path, String header) throws IOException {
        URI base = URI.create(DeployedClientela.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\n" + (header == null ? "" : header + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
