package br.com.clientela.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/**
 * What happened to one test method run in the server: recorded there as a JUnit Platform listener, carried
 * back to the Failsafe JVM as serialized Java, and rethrown there so the report shows the real failure. A
 * throwable whose classes only the server has (a driver's or Payara's exception) comes back as its stack
 * trace in an AssertionError.
 */
final class InServerOutcome implements TestExecutionListener {

    /** The wire form: {@code thrown} is the serialized throwable, or null if it could not be serialized. */
    record Report(boolean ran, TestExecutionResult.Status status, String trace, byte[] thrown) implements Serializable {
    }

    private boolean ran;
    private TestExecutionResult.Status status = TestExecutionResult.Status.SUCCESSFUL;
    private Throwable thrown;
    private String skipped;

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        ran |= identifier.isTest();
        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL && thrown == null) {
            status = result.getStatus();
            thrown = result.getThrowable().orElse(null);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        skipped = identifier.getDisplayName() + ": " + reason;
    }

    void writeTo(OutputStream out) throws IOException {
        TestExecutionResult.Status reported = skipped != null && thrown == null ? TestExecutionResult.Status.ABORTED
                : status;
        String trace = thrown == null ? skipped : stackTrace(thrown);
        try (ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new Report(ran || skipped != null, reported, trace, serialized(thrown)));
        }
    }

    static Report readFrom(InputStream in) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(in)) {
            return (Report) objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rethrows in the Failsafe JVM what the test threw in the server; returns if it passed. */
    static void rethrow(Report report) throws Throwable {
        if (!report.ran()) {
            throw new AssertionError("No such test ran in the server: is the class in the package "
                    + InServerOutcome.class.getPackageName() + " (the only one service-it.war carries)?");
        }
        switch (report.status()) {
            case SUCCESSFUL -> {
                return;
            }
            case ABORTED -> throw new TestAbortedException("In the server: " + report.trace());
            default -> throw deserialized(report);
        }
    }

    private static Throwable deserialized(Report report) {
        if (report.thrown() != null) {
            try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(report.thrown()))) {
                return (Throwable) objects.readObject();
            } catch (IOException | ClassNotFoundException e) {
                // Falls through to the text, which says everything the object would have.
            }
        }
        return new AssertionError("Failed in the server:\n" + report.trace());
    }

    private static byte[] serialized(Throwable thrown) {
        if (thrown == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
            objects.writeObject(thrown);
            return bytes.toByteArray();
        } catch (IOException notSerializable) {
            return null;
        }
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
