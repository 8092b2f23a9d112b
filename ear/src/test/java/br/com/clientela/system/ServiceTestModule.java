package br.com.clientela.system;

import br.com.clientela.service.InContainer;
import br.com.clientela.service.Staff;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The test-only module of the tests' EAR: service-it.war, with the service tests (package
 * {@code br.com.clientela.service}), JUnit and AssertJ, added to a copy of the real EAR so the one deployment
 * of the run also serves {@link InContainer}; and the staff members those tests call as, put in the domain's
 * file realm. The business modules are the real EAR's, untouched.
 */
final class ServiceTestModule {

    private static final String WAR = "service-it.war";
    private static final String PACKAGE = InContainer.class.getPackageName().replace('.', '/');
    /** One class from each library the tests need in the server; the jar holding it goes into WEB-INF/lib. */
    private static final List<String> LIBRARIES = List.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.engine.JupiterTestEngine", "org.junit.platform.engine.TestEngine",
            "org.junit.platform.commons.JUnitException", "org.junit.platform.launcher.core.LauncherFactory",
            "org.opentest4j.AssertionFailedError", "org.apiguardian.api.API", "org.assertj.core.api.Assertions",
            "net.bytebuddy.ByteBuddy");

    private ServiceTestModule() {
    }

    /** A copy of {@code ear} in {@code workDir} with service-it.war as one more web module. */
    static Path addTo(Path ear, Path workDir) throws IOException {
        Path withTests = workDir.resolve("clientela-it.ear");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ear));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(withTests))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("META-INF/application.xml")) {
                    out.write(withModule(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(WAR));
            Files.copy(writeWar(workDir), out);
            out.closeEntry();
        }
        return withTests;
    }

    private static String withModule(String applicationXml) {
        String module = "  <module>\n    <web>\n      <web-uri>" + WAR + "</web-uri>\n      <context-root>/service-it"
                + "</context-root>\n    </web>\n  </module>\n  ";
        int at = applicationXml.indexOf("<library-directory>");
        if (at < 0) {
            at = applicationXml.indexOf("</application>");
        }
        return applicationXml.substring(0, at) + module + applicationXml.substring(at);
    }

    private static Path writeWar(Path workDir) throws IOException {
        Path file = workDir.resolve(WAR);
        try (ZipOutputStream war = new ZipOutputStream(Files.newOutputStream(file))) {
            writeWar(war);
        }
        return file;
    }

    private static void writeWar(ZipOutputStream war) throws IOException {
        Path classes = location(InContainer.class.getName());
        try (Stream<Path> files = Files.walk(classes.resolve(PACKAGE))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                war.putNextEntry(new ZipEntry("WEB-INF/classes/" + name));
                Files.copy(file, war);
                war.closeEntry();
            }
        }
        Set<Path> jars = new LinkedHashSet<>();
        for (String library : LIBRARIES) {
            jars.add(location(library));
        }
        for (Path jar : jars) {
            war.putNextEntry(new ZipEntry("WEB-INF/lib/" + jar.getFileName()));
            Files.copy(jar, war);
            war.closeEntry();
        }
    }

    private static Path location(String className) {
        try {
            return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("The service tests need " + className + " on the test classpath", e);
        }
    }

    /** Puts each {@link Staff} member in the domain's file realm, with its role as group. */
    static void addCallers(Path payaraHome, int adminPort, Path workDir) throws IOException, InterruptedException {
        Path passwords = workDir.resolve("service-it-passwords.txt");
        // The domain's admin password, generated by clientela-domain.sh into the run folder, and the callers' one.
        Path adminPassword = payaraHome.getParent().resolve(DeployedClientela.Server.DOMAIN)
                .resolve("admin.passwordfile");
        Files.writeString(passwords, Files.readString(adminPassword) + "AS_ADMIN_USERPASSWORD=" + Staff.PASSWORD
                + "\n");
        List<String> commands = new ArrayList<>();
        for (Staff member : Staff.ALL) {
            commands.add("create-file-user --authrealmname " + Staff.REALM + " --groups " + member.role() + " "
                    + member.email());
        }
        Path commandFile = Files.write(workDir.resolve("service-it-callers.asadmin"), commands);
        Path log = workDir.resolve("service-it-callers.log");
        Process asadmin = new ProcessBuilder(payaraHome.resolve("bin/asadmin").toString(), "--port",
                Integer.toString(adminPort), "--user", "admin", "--passwordfile", passwords.toString(), "multimode",
                "--file", commandFile.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!asadmin.waitFor(3, TimeUnit.MINUTES) || asadmin.exitValue() != 0) {
            asadmin.destroyForcibly();
            throw new IllegalStateException("Could not add the service tests' callers to the file realm:\n"
                    + Files.readString(log));
        }
    }
}
