package br.com.clientela.backoffice.clients;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.boundary.BulkAction;
import br.com.clientela.clients.boundary.BulkRequest;
import br.com.clientela.clients.boundary.BulkResult;
import br.com.clientela.clients.boundary.Choice;
import br.com.clientela.clients.boundary.ClientBulkService;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientTargets;
import br.com.clientela.clients.entity.ClientStatus;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The bulk actions of the clients list (one dialog on clients/list.xhtml): the person picks whether the action
 * reaches the ticked rows or every client matching the filter — both counts shown — gives the action's argument,
 * confirms with the count, and reads how many clients changed. The export downloads the same choice as CSV.
 */
@Named
@ViewScoped
public class ClientBulkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog reaches. */
    public enum Scope {
        SELECTED,
        MATCHING
    }

    @EJB
    ClientBulkService bulk;

    @EJB
    GroupService groups;

    @Inject
    ClientsBacking list;

    /** The action of the open dialog; null for the export. */
    private BulkAction action;
    private Scope scope = Scope.MATCHING;
    private long selectedCount;
    private long matchingCount;
    private Long groupId;
    private String newGroupName;
    private ClientStatus status = ClientStatus.INACTIVE;
    private Long ownerId;

    /** Opens the dialog for {@code actionName} ("EXPORT" for the CSV), counting both scopes. */
    public void prepare(String actionName) {
        action = "EXPORT".equals(actionName) ? null : BulkAction.valueOf(actionName);
        groupId = null;
        newGroupName = null;
        ownerId = null;
        status = ClientStatus.INACTIVE;
        selectedCount = list.getSelected().size();
        matchingCount = bulk.count(ClientTargets.matching(list.filter()));
        scope = selectedCount > 0 ? Scope.SELECTED : Scope.MATCHING;
        if (getAffected() == 0) {
            PageMessages.error(null, "clients.bulk.nothingToDo");
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Runs the action on the chosen clients, then says how many changed. */
    public void apply() {
        if (getAffected() == 0) {
            PageMessages.error(null, "clients.bulk.nothingToDo");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        BulkResult[] result = new BulkResult[1];
        String[] groupName = new String[1];
        if (!PageMessages.attempt("bulkForm", () -> {
            Long group = groupId;
            if (action == BulkAction.ADD_TO_GROUP && newGroupName != null && !newGroupName.isBlank()) {
                GroupRow created = groups.create(new GroupInput(newGroupName));
                group = created.id();
                groupName[0] = created.name();
            }
            result[0] = bulk.apply(new BulkRequest(action, targets(), group, status, ownerId));
            if (groupName[0] == null && group != null) {
                groupName[0] = groupName(group);
            }
        })) {
            return;
        }
        long changed = result[0].changed();
        switch (action) {
            case ADD_TO_GROUP -> PageMessages.info("clients.bulk.added", changed, groupName[0]);
            case REMOVE_FROM_GROUP -> PageMessages.info("clients.bulk.removed", changed, groupName[0]);
            case CHANGE_STATUS -> PageMessages.info("clients.bulk.statusChanged", changed,
                    PageMessages.text("client.status." + status));
            case SET_OWNER -> PageMessages.info("clients.bulk.ownerSet", changed, ownerName());
            case TRASH -> PageMessages.info("clients.bulk.trashed", changed);
            default -> throw new IllegalStateException("Unknown bulk action " + action);
        }
        list.afterBulk();
    }

    /**
     * The CSV of the chosen clients, written page by page while it downloads. Not named "export": EL would then
     * see one property with two getters ({@link #isExport()} too) and hand the download a Boolean.
     */
    public StreamedContent getCsv() {
        ClientTargets targets = targets();
        ClientBulkService service = bulk;
        return DefaultStreamedContent.builder()
                .name(ClientCsv.FILE_NAME)
                .contentType(ClientCsv.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        new ClientCsv().write(service, targets, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    private ClientTargets targets() {
        return scope == Scope.SELECTED ? ClientTargets.of(list.getSelected().stream().map(ClientRow::id).toList())
                : ClientTargets.matching(list.filter());
    }

    private String groupName(Long id) {
        return list.getGroupChoices().stream().filter(g -> g.id().equals(id)).map(GroupRow::name).findFirst()
                .orElse("");
    }

    private String ownerName() {
        return list.getOwnerChoices().stream().filter(o -> o.id().equals(ownerId)).map(Choice::name).findFirst()
                .orElse("");
    }

    /** How many clients the dialog's choice reaches. */
    public long getAffected() {
        return scope == Scope.SELECTED ? selectedCount : matchingCount;
    }

    public boolean isExport() {
        return action == null;
    }

    public String getTitle() {
        return PageMessages.text(action == null ? "clients.bulk.export" : "clients.bulk.action." + action);
    }

    public BulkAction getAction() {
        return action;
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope == null ? Scope.MATCHING : scope;
    }

    public long getSelectedCount() {
        return selectedCount;
    }

    public long getMatchingCount() {
        return matchingCount;
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

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    public List<ClientStatus> getStatuses() {
        return List.of(ClientStatus.values());
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
