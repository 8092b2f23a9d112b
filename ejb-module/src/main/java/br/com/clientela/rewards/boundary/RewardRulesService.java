package br.com.clientela.rewards.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.rewards.control.RewardGranting;
import br.com.clientela.rewards.entity.RewardRules;
import br.com.clientela.shared.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The company's reward rules (regras de recompensas): everyone reads them (the profile shows the rate), a MANAGER
 * or ADMIN changes them. Every field is checked at once and each wrong one named.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class RewardRulesService {

    /** Large enough for any real rule, small enough that points of a big payment fit an int. */
    static final int MAX_POINTS = 100_000;
    static final int MAX_RATE = 100_000;
    static final int MAX_VALIDITY_DAYS = 3_650;

    @Inject
    RewardGranting granting;

    @Inject
    RecordVersions versions;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public RewardRulesView rules() {
        RewardRules rules = granting.rules();
        em.flush(); // a company's first read creates its rules: answer the version they are saved with
        return RewardRulesView.of(rules);
    }

    /** Saves the rules over whatever is there (the version inside {@code input} is not read). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public RewardRulesView update(RewardRulesView input) {
        return update(input, null);
    }

    /** Saves the rules, refusing them when based on a version other than the current one (null: any). */
    @RolesAllowed({"ADMIN", "MANAGER"})
    public RewardRulesView update(RewardRulesView input, Long expectedVersion) {
        if (input == null) {
            throw new InvalidInputException("body", "Envie as regras de recompensas.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        flag(errors, "earnEnabled", input.earnEnabled());
        flag(errors, "welcomeEnabled", input.welcomeEnabled());
        flag(errors, "birthdayEnabled", input.birthdayEnabled());
        points(errors, "pointsPerReal", input.pointsPerReal(), 0, MAX_POINTS);
        points(errors, "welcomePoints", input.welcomePoints(), 0, MAX_POINTS);
        points(errors, "birthdayPoints", input.birthdayPoints(), 0, MAX_POINTS);
        points(errors, "redemptionRate", input.redemptionRate(), 1, MAX_RATE);
        if (input.grantValidityDays() != null && (input.grantValidityDays() < 1
                || input.grantValidityDays() > MAX_VALIDITY_DAYS)) {
            errors.put("grantValidityDays", "A validade vai de 1 a " + MAX_VALIDITY_DAYS
                    + " dias; deixe em branco para pontos que não vencem.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        RewardRules rules = granting.rules();
        versions.claim(rules, "RewardRules", rules.getId(), rules.getVersion(), expectedVersion,
                session.getCallerPrincipal().getName());
        rules.change(input.earnEnabled(), input.pointsPerReal(), input.welcomeEnabled(), input.welcomePoints(),
                input.birthdayEnabled(), input.birthdayPoints(), input.redemptionRate(), input.grantValidityDays());
        em.flush();
        return RewardRulesView.of(rules);
    }

    private static void flag(Map<String, String> errors, String field, Boolean value) {
        if (value == null) {
            errors.put(field, "Informe se a regra está ligada (true) ou desligada (false).");
        }
    }

    private static void points(Map<String, String> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.put(field, "Informe um número inteiro de pontos.");
        } else if (value < min || value > max) {
            errors.put(field, "Informe um número inteiro de " + min + " a " + max + ".");
        }
    }
}
