package br.com.clientela.benchmark;

import br.com.clientela.clients.control.ClientSearchWords;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the client list of the REST API (GET /api/v1/clients?q=...&page=0&size=20) against the same SQL
 * run directly over JDBC, for six queries: the first page, a name fragment, a first and last name, three name
 * fragments, a CPF prefix and a phone suffix.
 * Each query runs with varying values taken from the company's own clients: a warm-up, then the measured
 * requests, one at a time. The server's time is read from the answer's Server-Timing header; the round trip
 * is what this client waited. The SQL side runs the statements the application issues for the request (the
 * page and the total, see {@link ClientListSql}) and is timed around both.
 *
 * <p>Settings (system properties): api.url, api.user, api.password (an ADMIN, used once to create an API
 * token), jdbc.url, jdbc.user, jdbc.password, company (slug), requests, warmup, seed.
 */
public final class ClientListBenchmark {

    private static final Pattern SERVER_TIMING = Pattern.compile("app;dur=([0-9.]+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*([0-9]+)");

    private enum Query {
        FIRST_PAGE("first list page (no q)"),
        NAME("name fragment"),
        TWO_WORDS("first and last name"),
        THREE_WORDS("three name fragments"),
        CPF("CPF prefix"),
        PHONE("phone suffix");

        final String label;

        Query(String label) {
            this.label = label;
        }
    }

    private record Result(Query query, String example, String exampleTotal, Percentiles server, Percentiles roundTrip,
            Percentiles sql) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private String authorization;

    private ClientListBenchmark(String apiUrl) {
        this.apiUrl = apiUrl.replaceAll("/+$", "");
    }

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(System.getProperty("requests", "200"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "50"));
        Random random = new Random(Long.parseLong(System.getProperty("seed", "2026")));
        ClientListBenchmark benchmark = new ClientListBenchmark(System.getProperty("api.url", "http://localhost:8080"));
        benchmark.signIn(System.getProperty("api.user"), System.getProperty("api.password"));
        try (Connection db = DriverManager.getConnection(System.getProperty("jdbc.url"),
                System.getProperty("jdbc.user", "postgres"), System.getProperty("jdbc.password", ""))) {
            long companyId = companyId(db, System.getProperty("company", "bench"));
            long clients = exactCount(db, companyId);
            List<String[]> sample = sample(db, companyId, warmup + requests, random);
            System.out.printf(Locale.ROOT, "%,d clients (not in the trash) in the company; %d warm-up and %d measured"
                    + " requests per query, one at a time%n", clients, warmup, requests);
            List<Result> results = new ArrayList<>();
            for (Query query : Query.values()) {
                List<String> values = values(query, sample, random);
                results.add(benchmark.measure(db, companyId, query, values, warmup));
            }
            print(results);
        }
    }

    private Result measure(Connection db, long companyId, Query query, List<String> values, int warmup)
            throws Exception {
        for (String q : values.subList(0, warmup)) {
            get(q);
            ClientListSql.run(db, companyId, q);
        }
        List<String> measured = values.subList(warmup, values.size());
        double[] server = new double[measured.size()];
        double[] roundTrip = new double[measured.size()];
        double[] sql = new double[measured.size()];
        String exampleTotal = "?";
        for (int i = 0; i < measured.size(); i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = get(measured.get(i));
            roundTrip[i] = (System.nanoTime() - started) / 1e6;
            server[i] = serverTime(answer);
            if (i == 0) {
                exampleTotal = total(answer);
            }
        }
        for (int i = 0; i < measured.size(); i++) {
            long started = System.nanoTime();
            ClientListSql.run(db, companyId, measured.get(i));
            sql[i] = (System.nanoTime() - started) / 1e6;
        }
        return new Result(query, measured.get(0), exampleTotal, Percentiles.of(server), Percentiles.of(roundTrip),
                Percentiles.of(sql));
    }

    private void signIn(String user, String password) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/api-tokens"))
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark " + System.currentTimeMillis()
                        + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(created.body());
        if (created.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("Could not create an API token as " + user + ": HTTP "
                    + created.statusCode() + " " + created.body());
        }
        // A token is what an integration uses, and it costs one hashed lookup instead of a PBKDF2 check.
        authorization = "Bearer " + token.group(1);
    }

    private HttpResponse<String> get(String q) throws IOException, InterruptedException {
        String query = q.isEmpty() ? "" : "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                URI.create(apiUrl + "/api/v1/clients?" + query + "page=0&size=20"))
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET clients?q=" + q + ": HTTP " + answer.statusCode() + " "
                    + answer.body());
        }
        return answer;
    }

    private static double serverTime(HttpResponse<String> answer) {
        Matcher duration = SERVER_TIMING.matcher(answer.headers().firstValue("Server-Timing").orElse(""));
        if (!duration.find()) {
            throw new IllegalStateException("The answer has no Server-Timing header: is the server up to date?");
        }
        return Double.parseDouble(duration.group(1));
    }

    /** The answer's total as a person reads it: "220+" when the list counted no further. */
    private static String total(HttpResponse<String> answer) {
        Matcher total = TOTAL.matcher(answer.body());
        String value = total.find() ? total.group(1) : "?";
        return answer.body().contains("\"totalExact\":false") ? value + "+" : value;
    }

    /** Name, CPF/CNPJ and phone of random clients of the company (not in the trash). */
    private static List<String[]> sample(Connection db, long companyId, int size, Random random) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("select name, document, phone from client"
                + " tablesample bernoulli (1) repeatable (?) where company_id = ? and deleted_at is null"
                + " and kind = 'PERSON' limit ?")) {
            query.setInt(1, random.nextInt(1000));
            query.setLong(2, companyId);
            query.setInt(3, size * 3);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
            }
        }
        if (rows.size() < size) {
            throw new IllegalStateException("Too few clients to sample from: generate them first (-Pgenerate)");
        }
        java.util.Collections.shuffle(rows, random);
        return rows.subList(0, size);
    }

    /**
     * What someone types: a 4 to 6 letter piece of one of the names, as often without accents as with them; the
     * first and last names whole; pieces of three names; the first six digits of a CPF as masked ("529.982"); the
     * last eight digits of a phone as "8765-4321".
     */
    private static List<String> values(Query query, List<String[]> sample, Random random) {
        List<String> values = new ArrayList<>();
        for (String[] client : sample) {
            values.add(switch (query) {
                case FIRST_PAGE -> "";
                case NAME -> nameFragment(client[0], random);
                case TWO_WORDS -> firstAndLast(client[0], random);
                case THREE_WORDS -> threeFragments(client[0], random);
                case CPF -> client[1].substring(0, 3) + "." + client[1].substring(3, 6);
                case PHONE -> client[2].substring(client[2].length() - 8, client[2].length() - 4) + "-"
                        + client[2].substring(client[2].length() - 4);
            });
        }
        return values;
    }

    private static String nameFragment(String name, Random random) {
        String[] words = name.split(" ");
        return fragment(words[random.nextInt(words.length)], random);
    }

    /** The first and the last name, whole, as people type them ("adriana costa" for Adriana Assunção Costa). */
    private static String firstAndLast(String name, Random random) {
        String[] words = name.split(" ");
        return typed(words[0] + " " + words[words.length - 1], random);
    }

    /** A 4 to 6 letter piece of the first, a middle and the last name, in that order ("adri assu cost"). */
    private static String threeFragments(String name, Random random) {
        String[] words = name.split(" ");
        return fragment(words[0], random) + " " + fragment(words[words.length - 2], random) + " "
                + fragment(words[words.length - 1], random);
    }

    private static String fragment(String word, Random random) {
        return typed(word.substring(0, Math.min(word.length(), 4 + random.nextInt(3))), random);
    }

    /** Lower case, as often without accents as with them. */
    private static String typed(String text, Random random) {
        String lower = text.toLowerCase(Locale.ROOT);
        return random.nextBoolean() ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static long exactCount(Connection db, long companyId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*) from client where company_id = ?"
                + " and deleted_at is null")) {
            query.setLong(1, companyId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long companyId(Connection db, String slug) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id from company where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalArgumentException("No company with slug '" + slug + "'");
                }
                return row.getLong(1);
            }
        }
    }

    private static void print(List<Result> results) {
        System.out.println();
        System.out.println("| query | example (total) | REST server p50 / p95 (ms) | REST round trip p50 / p95 (ms)"
                + " | SQL p50 / p95 (ms) | p95 REST server ÷ SQL |");
        System.out.println("|---|---|---|---|---|---|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s (%s) | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.2f |%n",
                    r.query().label, r.example().isEmpty() ? "—" : "`" + r.example() + "`", r.exampleTotal(),
                    r.server().p50(), r.server().p95(), r.roundTrip().p50(), r.roundTrip().p95(), r.sql().p50(),
                    r.sql().p95(), r.server().p95() / r.sql().p95());
        }
        System.out.println();
        System.out.println("LIKE patterns of the examples: " + results.stream()
                .map(r -> ClientSearchWords.of(r.example()).patterns().toString()).toList());
    }
}
