package br.com.clientela.backoffice.clients;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.primefaces.event.ToggleEvent;
import org.primefaces.model.Visibility;

/**
 * Which columns of the clients list are shown. At 1366 px the list shows name, document, phone, e-mail, stage and
 * actions; the rest waits behind the "Colunas" button (p:columnToggler). The toggler reports each change here, so a
 * table redrawn by a search or a page change keeps the choice; the browser remembers it between visits
 * (clientela.js, localStorage) and replays it when the list opens.
 */
@Named
@ViewScoped
public class ClientColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's columns in order, as the toggler counts them (the selection box first). */
    static final List<String> ORDER = List.of("select", "name", "document", "phone", "email", "groups", "stage",
            "sessionsDone", "nextAppointment", "defaultFee", "amountDue", "totalSpent", "updatedAt", "actions");

    private static final Set<String> SHOWN_AT_FIRST = Set.of("select", "name", "document", "phone", "email", "stage",
            "actions");

    private final Set<String> shown = new HashSet<>(SHOWN_AT_FIRST);

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
    }
}
