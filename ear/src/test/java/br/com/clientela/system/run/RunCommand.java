package br.com.clientela.system.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What {@code ./mvnw -Prun} runs — config/clientela-domain.sh with {@code --foreground} and no database
 * settings, so on the embedded PostgreSQL from Maven's binaries — driven as a process on a domain and
 * portbase of its own. Stopping sends SIGTERM, which the script handles as it handles Ctrl-C.
 */
final class RunCommand {

    private final Path payaraHome;
    private final String domain;
    private final int portbase;
    private final Path log;

    RunCommand(String domain, int portbase) {
        this.payaraHome = Path.of(required("clientela.it.payaraHome"));
        this.domain = domain;
        this.portbase = portbase;
        this.log = Path.of(required("clientela.it.workDir")).resolve(domain + "-run.log");
    }

    int portbase() {
        return portbase;
    }

    String baseUrl() {
        return "http://localhost:" + (portbase + 80);
    }

    Path domainDir() {
        return payaraHome.resolve("glassfish/domains").resolve(domain);
    }

    /** Stops whatever an earlier test run left and wipes the domain and its embedded database. */
    void wipe() throws IOException, InterruptedException {
        Process stop = script("--stop").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!stop.waitFor(3, TimeUnit.MINUTES)) {
            stop.destroyForcibly();
        }
        deleteRecursively(domainDir());
        deleteRecursively(payaraHome.getParent().resolve(domain));
    }

    /** Starts the run in the foreground and waits until it says it is up (or fails, with its output). */
    Running start() throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        long from = Files.exists(log) ? Files.size(log) : 0;
        Process process = launch();
        for (long waited = 0; waited < TimeUnit.MINUTES.toMillis(20); waited += 500) {
            String output = outputSince(from);
            if (output.contains("Ctrl-C para parar.")) {
                return new Running(process, output);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The run command ended (exit " + process.exitValue() + "):\n" + output
                        + "\nServer log: " + domainDir().resolve("logs/server.log"));
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new IllegalStateException("The run command did not come up in 20 minutes:\n" + outputSince(from));
    }

    /** Runs the command expecting it to end by itself (a refusal); its exit code and output. */
    Ended runToEnd() throws IOException, InterruptedException {
        long from = Files.exists(log) ? Files.size(log) : 0;
        Process process = launch();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroy();
            process.waitFor(3, TimeUnit.MINUTES);
            throw new IllegalStateException("The run command did not end by itself:\n" + outputSince(from));
        }
        return new Ended(process.exitValue(), outputSince(from));
    }

    /** Stops a run as Ctrl-C does and waits for it to finish stopping. */
    void stop(Running running) throws InterruptedException {
        running.process().destroy();
        if (!running.process().waitFor(3, TimeUnit.MINUTES)) {
            running.process().destroyForcibly();
            throw new IllegalStateException("The run command did not stop in 3 minutes");
        }
    }

    String serverLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(domainDir().resolve("logs"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Process launch() throws IOException {
        ProcessBuilder builder = script("--ear", required("clientela.it.ear"), "--jdbc-driver",
                required("clientela.it.jdbcDriver"), "--postgres-binaries", required("clientela.it.postgresBinaries"),
                "--foreground").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Exactly the run command's setting: no database given, so the embedded PostgreSQL and the demo data.
        builder.environment().keySet().removeIf(name -> name.startsWith("CLIENTELA_"));
        return builder.start();
    }

    private ProcessBuilder script(String... more) {
        List<String> command = new ArrayList<>(List.of("bash", required("clientela.it.domainScript"), "--payara",
                payaraHome.toString(), "--domain", domain, "--portbase", Integer.toString(portbase)));
        command.addAll(List.of(more));
        return new ProcessBuilder(command);
    }

    private String outputSince(long from) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                StandardCharsets.UTF_8);
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

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is missing: run the system tests through Maven (./mvnw verify), which sets it");
        }
        return value;
    }

    record Running(Process process, String output) {
    }

    record Ended(int exitCode, String output) {
    }
}
