package br.com.clientela.backoffice.clients;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/**
 * Which columns of the clients list are shown. At 1366 px the list shows name, document, phone, e-mail, stage and
 * actions; the rest waits behind the "Colunas" button (p:columnToggler). The toggler reports each change here, so a
 * table redrawn by a search or a page change keeps the choice, and the choice is kept in a cookie of this browser
 * (a year, only sent to the clients pages), read when the list opens again: the columns are drawn as chosen, with no
 * script replaying clicks.
 */
@Named
@ViewScoped
public class ClientColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "clientela_clients_columns";
    private static final int A_YEAR = 365 * 24 * 60 * 60;

    /** The table's columns in order, as the toggler counts them (the selection box first). */
    static final List<String> ORDER = List.of("select", "name", "document", "phone", "email", "groups", "stage",
            "sessionsDone", "nextAppointment", "defaultFee", "amountDue", "totalSpent", "updatedAt", "actions");

    /** Columns the toggler does not offer: always shown. */
    private static final Set<String> ALWAYS = Set.of("select", "name", "actions");

    private static final Set<String> SHOWN_AT_FIRST = Set.of("select", "name", "document", "phone", "email", "stage",
            "actions");

    private final Set<String> shown = new LinkedHashSet<>(SHOWN_AT_FIRST);

    @PostConstruct
    void restore() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie remembered) {
            shown.clear();
            shown.addAll(parse(remembered.getValue()));
        }
    }

    public boolean shown(String column) {
        return shown.contains(column);
    }

    public void toggled(ToggleEvent event) {
        int index = ((Number) event.getData()).intValue();
        if (index < 0 || index >= ORDER.size()) {
            return;
        }
        String column = ORDER.get(index);
        if (event.getVisibility() == Visibility.VISIBLE) {
            shown.add(column);
        } else {
            shown.remove(column);
        }
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.addResponseCookie(COOKIE, format(shown), Map.of("maxAge", A_YEAR, "httpOnly", Boolean.TRUE,
                "path", context.getRequestContextPath() + "/clients/"));
    }

    /** The columns named in a cookie's value ("document.phone.email"); unknown names are ignored. */
    static Set<String> parse(String value) {
        Set<String> columns = new LinkedHashSet<>(ALWAYS);
        if (value != null) {
            Arrays.stream(value.split("\\.")).filter(ORDER::contains).forEach(columns::add);
        }
        return columns;
    }

    /** The cookie's value: the columns shown, in the table's order, joined by dots (safe in a cookie). */
    static String format(Set<String> columns) {
        return ORDER.stream().filter(columns::contains).collect(Collectors.joining("."));
    }
}
