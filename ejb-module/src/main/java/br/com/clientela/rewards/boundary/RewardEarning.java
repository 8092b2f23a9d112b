package br.com.clientela.rewards.boundary;

import br.com.clientela.clients.boundary.ClientRegistered;
import br.com.clientela.payments.boundary.PaymentReceived;
import br.com.clientela.rewards.control.RewardConversion;
import br.com.clientela.rewards.control.RewardGranting;
import br.com.clientela.rewards.entity.RewardKind;
import br.com.clientela.rewards.entity.RewardRules;
import br.com.clientela.shared.money.Money;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Points earned by the company's rules, observing what happens to clients: the welcome bonus when a client registers,
 * points per R$ 1,00 when a client pays. The observers are business methods of this bean, so they run in the
 * transaction of the feature that fired the event (REQUIRED), already scoped to its company; a refusal there rolls
 * the registration or payment back with it. Each effect happens once per reference ("WELCOME:id",
 * "PAYMENT:source:id") however many times the event is fired. Reached only through these events, from staff today and
 * from the portal later, hence {@code @PermitAll}: no page or endpoint calls them.
 *
 * <p>Payments of every method earn, WALLET included: topping up the wallet is not a purchase and earns nothing, so a
 * client who pays in advance earns when the prepaid money is spent on an invoice, once, like everyone else.
 */
@Stateless
@PermitAll
public class RewardEarning {

    @Inject
    RewardGranting granting;

    @PermitAll
    public void welcome(@Observes ClientRegistered registered) {
        RewardRules rules = granting.rules();
        if (rules.isWelcomeEnabled() && rules.getWelcomePoints() > 0) {
            granting.grantOnce(registered.clientId(), rules.getWelcomePoints(), RewardKind.WELCOME,
                    "Bônus de boas-vindas", rules, LocalDate.now(), "WELCOME:" + registered.clientId());
        }
    }

    @PermitAll
    public void earn(@Observes PaymentReceived payment) {
        RewardRules rules = granting.rules();
        int points = rules.isEarnEnabled() ? RewardConversion.pointsFor(payment.amount(), rules.getPointsPerReal()) : 0;
        if (points > 0) {
            granting.grantOnce(payment.clientId(), points, RewardKind.EARN_PAYMENT, "Pontos do pagamento de "
                    + Money.format(payment.amount()), rules, LocalDate.now(),
                    "PAYMENT:" + payment.source() + ":" + payment.sourceId());
        }
    }
}
