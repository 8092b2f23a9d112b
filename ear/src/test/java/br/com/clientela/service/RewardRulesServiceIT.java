package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientMergeService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.MergeRequest;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.rewards.boundary.GrantInput;
import br.com.clientela.rewards.boundary.RewardDaily;
import br.com.clientela.rewards.boundary.RewardEarning;
import br.com.clientela.rewards.boundary.RewardEntryRow;
import br.com.clientela.rewards.boundary.RewardRedemption;
import br.com.clientela.rewards.boundary.RewardRulesService;
import br.com.clientela.rewards.boundary.RewardRulesView;
import br.com.clientela.rewards.boundary.RewardService;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.transactions.boundary.FinanceSettingRow;
import br.com.clientela.transactions.boundary.FinanceSettingsService;
import br.com.clientela.transactions.boundary.TransactionFilter;
import br.com.clientela.transactions.boundary.TransactionPage;
import br.com.clientela.transactions.boundary.TransactionService;
import br.com.clientela.wallet.boundary.WalletService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reward rules in the server, on PostgreSQL: the welcome bonus follows its switch, a payment earns points once
 * however many times it is reported, the birthday run gives the bonus once a year, leftover points expire after
 * their date, and a redemption credits the wallet and writes a REWARD_REDEMPTION transaction, or moves nothing.
 * The rules are the demo company's: each test sets what it needs and puts the rules back as they were.
 */
@ExtendWith(InContainer.class)
class RewardRulesServiceIT {

    @EJB
    ClientService clients;

    @EJB
    RewardService rewards;

    @EJB
    RewardRulesService rules;

    @EJB
    RewardDaily daily;

    @EJB
    RewardEarning earning;

    @EJB
    ClientMergeService merges;

    @EJB
    WalletService wallets;

    @EJB
    TransactionService transactions;

    @EJB
    FinanceSettingsService settings;

    @EJB
    StaffUserService staff;

    @Test
    void theWelcomeBonusIsGivenOnRegistrationWhenOnAndNotWhenOff() throws Exception {
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), true, 70, r.birthdayEnabled(),
                r.birthdayPoints(), r.redemptionRate(), null, null), () -> {
            Long welcomed = newClient(null);
            assertThat(points(welcomed)).isEqualTo(70);
            assertThat(ledger(welcomed)).extracting(RewardEntryRow::kind).containsExactly(RewardKind.WELCOME);
        });
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), false, 70, r.birthdayEnabled(),
                r.birthdayPoints(), r.redemptionRate(), null, null), () -> {
            Long notWelcomed = newClient(null);
            assertThat(points(notWelcomed)).isZero();
            assertThat(ledger(notWelcomed)).isEmpty();
        });
    }

    @Test
    void aPaymentEarnsPointsOnceEvenWhenReportedTwice() throws Exception {
        withRules(r -> new RewardRulesView(true, 2, false, r.welcomePoints(), r.birthdayEnabled(), r.birthdayPoints(),
                r.redemptionRate(), null, null), () -> {
            Long id = newClient(null);
            long paymentId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            PaymentReceived payment = new PaymentReceived(id, new BigDecimal("10.75"), PaymentMethod.PIX,
                    "INVOICE_PAYMENT", paymentId);

            reportPayment(payment);
            reportPayment(payment);

            assertThat(points(id)).isEqualTo(21);
            List<RewardEntryRow> ledger = ledger(id);
            assertThat(ledger).hasSize(1);
            assertThat(ledger.get(0).kind()).isEqualTo(RewardKind.EARN_PAYMENT);
            assertThat(ledger.get(0).reason()).contains("R$ 10,75");
        });
    }

    @Test
    void theBirthdayRunTwiceGivesTheBonusOnce() throws Exception {
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), false, r.welcomePoints(), true, 40,
                r.redemptionRate(), null, null), () -> {
            LocalDate today = LocalDate.now();
            Long born = newClient(today.minusYears(30));
            Long notToday = newClient(today.minusYears(30).plusDays(1));
            long company = PETHOTEL_STAFF.call(() -> staff.me().company().id());

            daily.run(company, today);
            daily.run(company, today);

            assertThat(points(born)).isEqualTo(40);
            assertThat(ledger(born)).extracting(RewardEntryRow::kind).containsExactly(RewardKind.BIRTHDAY);
            assertThat(points(notToday)).isZero();
        });
    }

    @Test
    void redemptionsUseTheOldestGrantsFirstAndWhatIsLeftExpiresAfterItsDate() throws Exception {
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), false, r.welcomePoints(),
                r.birthdayEnabled(), r.birthdayPoints(), 100, null, null), () -> {
            LocalDate today = LocalDate.now();
            Long id = newClient(null);
            PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(100, "Indicação", today)));
            PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(50, "Pesquisa", null)));
            Long other = newClient(null);
            PETHOTEL_STAFF.call(() -> rewards.grant(other, new GrantInput(80, "Campanha", today)));

            PETHOTEL_STAFF.call(() -> rewards.redeem(id, 120, key()));
            long company = PETHOTEL_STAFF.call(() -> staff.me().company().id());
            RewardDaily.Outcome first = daily.run(company, today.plusDays(1));
            RewardDaily.Outcome again = daily.run(company, today.plusDays(1));

            // The first grant was used up by the redemption: nothing of it expires, the second never expires.
            assertThat(points(id)).isEqualTo(30);
            assertThat(ledger(id)).extracting(RewardEntryRow::kind).doesNotContain(RewardKind.EXPIRE);
            // The other client's grant was not used: all of it expires, once.
            assertThat(points(other)).isZero();
            List<RewardEntryRow> otherLedger = ledger(other);
            assertThat(otherLedger).extracting(RewardEntryRow::kind)
                    .containsExactly(RewardKind.EXPIRE, RewardKind.GRANT_MANUAL);
            assertThat(otherLedger.get(0).points()).isEqualTo(-80);
            assertThat(first.expiredPoints()).isGreaterThanOrEqualTo(80);
            assertThat(again.expiredGrants()).isZero();
        });
    }

    @Test
    void aRedemptionCreditsTheWalletAndWritesARewardRedemptionTransaction() throws Exception {
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), false, r.welcomePoints(),
                r.birthdayEnabled(), r.birthdayPoints(), 100, null, null), () -> {
            Long id = newClient(null);
            PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(500, "Aniversário da loja", null)));
            String key = key();

            RewardRedemption redeemed = PETHOTEL_STAFF.call(() -> rewards.redeem(id, 250, key));
            RewardRedemption replayed = PETHOTEL_STAFF.call(() -> rewards.redeem(id, 250, key));

            assertThat(redeemed.replayed()).isFalse();
            assertThat(redeemed.amount()).isEqualByComparingTo("2.50");
            assertThat(redeemed.walletBalanceAfter()).isEqualByComparingTo("2.50");
            assertThat(replayed.replayed()).isTrue();
            assertThat(replayed.entryId()).isEqualTo(redeemed.entryId());
            assertThat(points(id)).isEqualTo(250);
            assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(id)).balance()).isEqualByComparingTo("2.50");
            long category = systemId(PETHOTEL_STAFF.call(() -> settings.categories()), "REWARD_REDEMPTION");
            long account = systemId(PETHOTEL_STAFF.call(() -> settings.accounts()), "WALLET");
            TransactionPage page = PETHOTEL_STAFF.call(() -> transactions.page(new TransactionFilter(null, null,
                    category, null, null, id), 0, 10));
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.items().get(0).amount()).isEqualByComparingTo("2.50");
            assertThat(page.items().get(0).accountId()).isEqualTo(account);
            // Points are not money: the redemption is listed, and no money came in.
            assertThat(page.totals().moneyIn()).isEqualByComparingTo("0.00");
        });
    }

    @Test
    void aRedemptionBeyondThePointsAvailableIsRefusedAndNothingMoves() throws Exception {
        withRules(r -> new RewardRulesView(r.earnEnabled(), r.pointsPerReal(), false, r.welcomePoints(),
                r.birthdayEnabled(), r.birthdayPoints(), 150, null, null), () -> {
            Long id = newClient(null);
            PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(300, "Fidelidade", null)));

            InvalidInputException beyond = assertThrows(InvalidInputException.class,
                    () -> PETHOTEL_STAFF.call(() -> rewards.redeem(id, 303, key())));
            InvalidInputException notWholeCents = assertThrows(InvalidInputException.class,
                    () -> PETHOTEL_STAFF.call(() -> rewards.redeem(id, 100, key())));

            assertThat(beyond.getFields().get("points")).contains("Pontos insuficientes").contains("300");
            assertThat(notWholeCents.getFields().get("points")).contains("múltiplo de 3");
            assertThat(points(id)).isEqualTo(300);
            assertThat(ledger(id)).hasSize(1);
            assertThat(PETHOTEL_STAFF.call(() -> wallets.summary(id)).balance()).isEqualByComparingTo("0.00");
            assertThat(PETHOTEL_STAFF.call(() -> transactions.totals(new TransactionFilter(null, null, null, null,
                    null, id))).count()).isZero();
        });
    }

    @Test
    void anotherCompanysClientHasNoRewardsToReadGrantOrRedeem() throws Exception {
        Long id = newClient(null);
        PETHOTEL_STAFF.call(() -> rewards.grant(id, new GrantInput(10, "Teste", null)));

        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> rewards.balance(id)));
        assertThrows(NotFoundException.class,
                () -> CLINICA_ADMIN.call(() -> rewards.grant(id, new GrantInput(10, "x", null))));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> rewards.redeem(id, 10, key())));
        assertThat(points(id)).isEqualTo(10);
    }

    @Test
    void aMergeGivesTheLosersPointsToTheWinner() throws Exception {
        Long winner = newClient(null);
        Long loser = newClient(null);
        PETHOTEL_STAFF.call(() -> rewards.grant(winner, new GrantInput(10, "Primeira visita", null)));
        PETHOTEL_STAFF.call(() -> rewards.grant(loser, new GrantInput(25, "Indicação", null)));

        PETHOTEL_ADMIN.run(() -> merges.merge(new MergeRequest(winner, loser, Map.of())));

        assertThat(points(winner)).isEqualTo(35);
        assertThat(ledger(winner)).extracting(RewardEntryRow::reason).containsExactlyInAnyOrder("Primeira visita",
                "Indicação");
    }

    /**
     * Reports the payment as an invoice payment does: the observer of PaymentReceived is a business method of
     * RewardEarning, so the event's delivery is this same call, in a transaction scoped to the caller's company.
     */
    private void reportPayment(PaymentReceived payment) throws Exception {
        PETHOTEL_STAFF.run(() -> earning.earn(payment));
    }

    /** Runs {@code work} with the rules changed by {@code change}, then puts the rules back. */
    private void withRules(Function<RewardRulesView, RewardRulesView> change, Staff.Work work) throws Exception {
        RewardRulesView before = PETHOTEL_ADMIN.call(() -> rules.rules());
        PETHOTEL_ADMIN.call(() -> rules.update(change.apply(before)));
        try {
            work.run();
        } finally {
            PETHOTEL_ADMIN.call(() -> rules.update(before));
        }
    }

    private Long newClient(LocalDate birthDate) throws Exception {
        ClientInput base = ServiceData.person("Pontos " + uniqueWord(), cpf());
        ClientInput input = birthDate == null ? base : new ClientInput(base.kind(), base.name(), base.tradeName(),
                base.document(), base.email(), base.phone(), base.otherPhone(), birthDate, base.origin(),
                base.profile(), base.observations(), base.status(), base.preferredPaymentMethod(), base.paymentTerm(),
                base.defaultFee(), base.centerId(), base.ownerId(), base.addresses(), base.contacts(),
                base.emergencyContacts(), base.guardian(), Map.of());
        return PETHOTEL_STAFF.call(() -> clients.create(input)).id();
    }

    private int points(Long id) throws Exception {
        return PETHOTEL_STAFF.call(() -> rewards.balance(id)).available();
    }

    private List<RewardEntryRow> ledger(Long id) throws Exception {
        return PETHOTEL_STAFF.call(() -> rewards.entries(id, 0, 200)).items();
    }

    private static long systemId(List<FinanceSettingRow> rows, String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow().id();
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
