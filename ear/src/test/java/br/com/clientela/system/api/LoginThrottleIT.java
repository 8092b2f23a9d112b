package br.com.clientela.system.api;

import static br.com.clientela.system.TestData.PETHOTEL_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.TestData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong passwords sent at once are each counted (one atomic UPDATE, no read-check-write on a versioned row),
 * never answered with a 500, and test no more passwords than the limit (5 per e-mail): of any number at once,
 * exactly four get 401 and the rest 429 with Retry-After. An unknown e-mail gets exactly the same answers.
 * One client address is throttled too (30 wrong passwords, whichever e-mails).
 */
@ExtendWith(DeployedClientela.class)
class LoginThrottleIT {

    @Test
    void tenWrongPasswordsAtOnceAreAllCountedAndOnlyFiveAreTested() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        String address = SignInAttempts.newAddress();

        List<Api.Reply> replies = SignInAttempts.atOnce(10, staff.email(), "errada-123xyz", address);

        assertThat(statuses(replies)).isEqualTo(Map.of(401, 4L, 429, 6L));
        assertThrottledRepliesSayWhenToComeBack(replies);
        assertThat(SignInAttempts.countOf(staff.email()).failures()).isEqualTo(10);
        assertThat(SignInAttempts.countOf(staff.email()).blockedUntil()).isNotNull();
        assertThat(SignInAttempts.one(staff.email(), staff.password(), address).status()).isEqualTo(429);
        assertThat(SignInAttempts.one(staff.email(), staff.password(), SignInAttempts.newAddress()).status())
                .as("the e-mail is blocked from any address").isEqualTo(429);
    }

    @Test
    void sixtyWrongPasswordsAtOnceTestOnlyFiveAndNeverFail() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");

        List<Api.Reply> replies = SignInAttempts.atOnce(60, staff.email(), "errada-123xyz", SignInAttempts.newAddress());

        assertThat(statuses(replies)).isEqualTo(Map.of(401, 4L, 429, 56L));
        assertThrottledRepliesSayWhenToComeBack(replies);
        assertThat(SignInAttempts.countOf(staff.email()).failures()).isEqualTo(60);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswersAsARealOne() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        String unknown = TestData.uniqueEmail("ninguem");

        List<Api.Reply> real = SignInAttempts.atOnce(10, staff.email(), "errada-123xyz", SignInAttempts.newAddress());
        List<Api.Reply> fake = SignInAttempts.atOnce(10, unknown, "errada-123xyz", SignInAttempts.newAddress());

        assertThat(answers(fake)).isEqualTo(answers(real));
        assertThat(SignInAttempts.countOf(unknown).failures()).isEqualTo(10);
    }

    @Test
    void theFifthWrongPasswordInARowBlocksAnUnknownEmailJustLikeARealOne() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        String unknown = TestData.uniqueEmail("ninguem");
        String address = SignInAttempts.newAddress();

        for (String email : List.of(staff.email(), unknown)) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                Api.Reply wrong = SignInAttempts.one(email, "errada-" + attempt + "xyz", address);
                assertThat(wrong.status()).isEqualTo(401);
                assertThat(wrong.json().getString("detail")).isEqualTo("E-mail ou senha inválidos.");
            }
            Api.Reply fifth = SignInAttempts.one(email, "errada-5xyz", address);
            assertThat(fifth.status()).isEqualTo(429);
            assertThat(fifth.json().getString("detail")).startsWith("Muitas tentativas de acesso. Tente novamente às");
        }
    }

    @Test
    void thirtyWrongPasswordsFromOneAddressBlockThatAddressOnly() {
        TestData.NewStaff staff = TestData.staffUser(PETHOTEL_ADMIN, "STAFF");
        String address = SignInAttempts.newAddress();

        // One wrong password for each of 30 e-mails: no e-mail reaches its own limit, the address does.
        List<Api.Reply> replies = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            replies.add(SignInAttempts.one(TestData.uniqueEmail("spray"), "errada-123xyz", address));
        }

        assertThat(replies.subList(0, 29)).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(401));
        assertThat(replies.get(29).status()).isEqualTo(429);
        Api.Reply right = SignInAttempts.one(staff.email(), staff.password(), address);
        assertThat(right.status()).as("even a right password, from the blocked address").isEqualTo(429);
        assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(1L, 15L * 60);
        assertThat(SignInAttempts.one(staff.email(), staff.password(), SignInAttempts.newAddress()).status())
                .as("from another address").isEqualTo(200);
    }

    private static Map<Integer, Long> statuses(List<Api.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
    }

    /** Status and detail of each reply, the time of day cut off, counted. */
    private static Map<String, Long> answers(List<Api.Reply> replies) {
        return replies.stream().map(reply -> reply.status() + " " + reply.json().getString("detail")
                .replaceAll("\\d{2}:\\d{2}", "HH:mm")).collect(Collectors.groupingBy(Function.identity(),
                        Collectors.counting()));
    }

    private static void assertThrottledRepliesSayWhenToComeBack(List<Api.Reply> replies) {
        assertThat(replies).filteredOn(reply -> reply.status() == 429).allSatisfy(reply -> {
            assertThat(Long.parseLong(reply.header("Retry-After"))).isBetween(1L, 15L * 60);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().getString("detail")).startsWith("Muitas tentativas de acesso");
        });
        assertThat(replies).filteredOn(reply -> reply.status() == 401)
                .allSatisfy(reply -> assertThat(reply.json().getString("detail")).isEqualTo("E-mail ou senha inválidos."));
    }
}
