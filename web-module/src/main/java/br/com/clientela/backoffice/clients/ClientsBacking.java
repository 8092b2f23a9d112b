package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import br.com.clientela.groups.boundary.Membership;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;

/**
 * The company's clients (clients/list.xhtml): one search box filtering as the person types, the table paged in
 * the database over what matches, moving a client to the trash, and putting the selected clients in a group.
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    @EJB
    GroupService groups;

    private String query;
    private List<ClientRow> selected = new ArrayList<>();
    private List<GroupRow> groupChoices = List.of();
    private Long groupId;
    private String newGroupName;
    private final PagedRows<ClientRow> rows = new PagedRows<>(
            () -> clients.countMatching(ClientFilter.search(query), countLimit()),
            (first, size) -> clients.search(query, first, size), ClientRow::id);

    /** The search box changed: the table starts again from its first page. */
    public void searchChanged() {
        DataTable table = table();
        if (table != null) {
            table.setFirst(0);
        }
    }

    /**
     * The paginator needs the rows up to a few pages past the one shown, not every match of a broad search
     * among many clients (see ClientPage): counted that far, the page links move on as the person pages on.
     */
    private long countLimit() {
        DataTable table = table();
        int first = table == null ? 0 : table.getFirst();
        int size = table == null || table.getRows() <= 0 ? 20 : table.getRows();
        return ClientPage.countLimit(first, size);
    }

    private static DataTable table() {
        return (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("clientsForm:clients");
    }

    public void trash(ClientRow client) {
        if (PageMessages.attempt(null, () -> clients.trash(client.id()))) {
            PageMessages.info("clients.trashed", client.name());
        }
    }

    /** "Adicionar ao grupo": needs a selection; offers the company's groups. */
    public void prepareGroup() {
        groupId = null;
        newGroupName = null;
        if (selected.isEmpty()) {
            PageMessages.error(null, "clients.bulk.noneSelected");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        groupChoices = groups.list();
    }

    /** Puts the selected clients in the chosen group, or in a new one when a name was typed. */
    public void addSelectedToGroup() {
        boolean newGroup = newGroupName != null && !newGroupName.isBlank();
        if (!newGroup && groupId == null) {
            PageMessages.error("groupForm:group", "clients.bulk.chooseGroup");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Membership members = new Membership(selected.stream().map(ClientRow::id).toList());
        GroupRow[] group = new GroupRow[1];
        if (PageMessages.attempt("groupForm", () -> group[0] = newGroup
                ? groups.addClientsToNewGroup(new GroupInput(newGroupName), members)
                : groups.addClients(groupId, members))) {
            PageMessages.info("clients.bulk.added", members.clientIds().size(), group[0].name());
            selected = new ArrayList<>();
        }
    }

    public List<ClientRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ClientRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public List<GroupRow> getGroupChoices() {
        return groupChoices;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getNewGroupName() {
        return newGroupName;
    }

    public void setNewGroupName(String newGroupName) {
        this.newGroupName = newGroupName;
    }

    public PagedRows<ClientRow> getRows() {
        return rows;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
