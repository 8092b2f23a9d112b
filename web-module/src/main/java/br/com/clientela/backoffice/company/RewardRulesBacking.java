package br.com.clientela.backoffice.company;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.rewards.boundary.RewardRulesService;
import br.com.clientela.rewards.boundary.RewardRulesView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The company's reward rules (company/rewards.xhtml, MANAGER and ADMIN): one form, saved as a whole. */
@Named
@ViewScoped
public class RewardRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RewardRulesService rules;

    private boolean earnEnabled;
    private Integer pointsPerReal;
    private boolean welcomeEnabled;
    private Integer welcomePoints;
    private boolean birthdayEnabled;
    private Integer birthdayPoints;
    private Integer redemptionRate;
    private Integer grantValidityDays;
    /** The version of the rules this form shows: a save over someone else's later save is refused. */
    private Long version;

    /** f:viewAction */
    public void load() {
        RewardRulesView current = rules.rules();
        earnEnabled = current.earnEnabled();
        pointsPerReal = current.pointsPerReal();
        welcomeEnabled = current.welcomeEnabled();
        welcomePoints = current.welcomePoints();
        birthdayEnabled = current.birthdayEnabled();
        birthdayPoints = current.birthdayPoints();
        redemptionRate = current.redemptionRate();
        grantValidityDays = current.grantValidityDays();
        version = current.version();
    }

    public void save() {
        RewardRulesView input = new RewardRulesView(earnEnabled, pointsPerReal, welcomeEnabled, welcomePoints,
                birthdayEnabled, birthdayPoints, redemptionRate, grantValidityDays, version);
        if (PageMessages.attempt("rulesForm", () -> version = rules.update(input, input.version()).version())) {
            PageMessages.info("rewardRules.saved");
        }
    }

    public boolean isEarnEnabled() {
        return earnEnabled;
    }

    public void setEarnEnabled(boolean earnEnabled) {
        this.earnEnabled = earnEnabled;
    }

    public Integer getPointsPerReal() {
        return pointsPerReal;
    }

    public void setPointsPerReal(Integer pointsPerReal) {
        this.pointsPerReal = pointsPerReal;
    }

    public boolean isWelcomeEnabled() {
        return welcomeEnabled;
    }

    public void setWelcomeEnabled(boolean welcomeEnabled) {
        this.welcomeEnabled = welcomeEnabled;
    }

    public Integer getWelcomePoints() {
        return welcomePoints;
    }

    public void setWelcomePoints(Integer welcomePoints) {
        this.welcomePoints = welcomePoints;
    }

    public boolean isBirthdayEnabled() {
        return birthdayEnabled;
    }

    public void setBirthdayEnabled(boolean birthdayEnabled) {
        this.birthdayEnabled = birthdayEnabled;
    }

    public Integer getBirthdayPoints() {
        return birthdayPoints;
    }

    public void setBirthdayPoints(Integer birthdayPoints) {
        this.birthdayPoints = birthdayPoints;
    }

    public Integer getRedemptionRate() {
        return redemptionRate;
    }

    public void setRedemptionRate(Integer redemptionRate) {
        this.redemptionRate = redemptionRate;
    }

    public Integer getGrantValidityDays() {
        return grantValidityDays;
    }

    public void setGrantValidityDays(Integer grantValidityDays) {
        this.grantValidityDays = grantValidityDays;
    }
}
