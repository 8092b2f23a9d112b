package br.com.clientela.backoffice.clients;

import br.com.clientela.alerts.boundary.AlertInput;
import br.com.clientela.alerts.boundary.AlertRow;
import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.alerts.entity.AlertPriority;
import br.com.clientela.alerts.entity.AlertType;
import br.com.clientela.backoffice.faces.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A client's alerts on the profile: the banner of active ones (WEB-INF/includes/clients/alerts-banner.xhtml) and
 * the "Alertas" tab (alerts-tab.xhtml) listing them all, adding one, deactivating one after a confirmation.
 */
@Named
@ViewScoped
public class ClientAlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AlertService alerts;

    @Inject
    ClientProfileBacking profile;

    private AlertType type;
    private AlertPriority priority = AlertPriority.MEDIUM;
    private String description;
    private List<AlertRow> all;

    public void add() {
        AlertInput input = new AlertInput(type, priority, description, true);
        if (PageMessages.attempt("profileForm:tabs:alerts", () -> alerts.create(profile.getId(), input))) {
            type = null;
            priority = AlertPriority.MEDIUM;
            description = null;
            all = null;
            PageMessages.info("alerts.added");
        }
    }

    public void deactivate(Long alertId) {
        if (PageMessages.attempt(null, () -> alerts.deactivate(profile.getId(), alertId))) {
            all = null;
            PageMessages.info("alerts.deactivated");
        }
    }

    /** Every alert, active first; asked once per view and again after a change. */
    public List<AlertRow> getAll() {
        if (all == null) {
            all = profile.getId() == null ? List.of() : alerts.list(profile.getId());
        }
        return all;
    }

    /** The active ones, most urgent first, for the banner. */
    public List<AlertRow> getActive() {
        return getAll().stream().filter(AlertRow::active)
                .sorted(Comparator.comparing(AlertRow::priority).reversed()).toList();
    }

    public AlertType[] getTypes() {
        return AlertType.values();
    }

    public AlertPriority[] getPriorities() {
        return AlertPriority.values();
    }

    public AlertType getType() {
        return type;
    }

    public void setType(AlertType type) {
        this.type = type;
    }

    public AlertPriority getPriority() {
        return priority;
    }

    public void setPriority(AlertPriority priority) {
        this.priority = priority;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
