package br.com.clientela.backoffice.clients;

import br.com.clientela.alerts.boundary.AlertFlag;
import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.backoffice.faces.PagedRows;
import br.com.clientela.clients.boundary.Choice;
import br.com.clientela.clients.boundary.ClientChoicesService;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientMetrics;
import br.com.clientela.clients.boundary.ClientMetricsService;
import br.com.clientela.clients.boundary.ClientPage;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.ClientSort;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;

/**
 * The company's clients (clients/list.xhtml): one search box filtering as the person types, a filter panel, the
 * metric cards of what matches, the table paged and sorted in the database, moving a client to the trash. The
 * bulk actions on ticked or matching clients live in {@link ClientBulkBacking}, which reads the filter and the
 * selection from here. {@code ?group=ID} opens the list filtered by that group (the groups page links so).
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ClientService clients;

    @EJB
    ClientMetricsService metricsService;

    @EJB
    ClientChoicesService choices;

    @EJB
    GroupService groups;

    @EJB
    AlertService alerts;

    private String query;
    private LifecycleStage stage;
    private boolean onlyActive;
    private Long groupId;
    private String origin;
    private Long centerId;
    private Long ownerId;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private LocalDate updatedFrom;
    private LocalDate updatedTo;
    private Integer birthMonth;

    private List<ClientRow> selected = new ArrayList<>();
    private List<GroupRow> groupChoices = List.of();
    private List<Choice> centerChoices = List.of();
    private List<Choice> ownerChoices = List.of();
    private List<String> originChoices = List.of();
    private ClientMetrics metrics;
    private Map<Long, AlertFlag> alertFlags = Map.of();

    private final PagedRows<ClientRow> rows = new PagedRows<>(() -> clients.countMatching(filter(), countLimit()),
            (first, size, field, descending) -> flagged(clients.search(filter(), sort(field, descending), first, size)),
            ClientRow::id);

    /** Loads the choices of the filter panel and the cards, once the view parameters are in. */
    public void load() {
        groupChoices = groups.list();
        centerChoices = choices.centers();
        ownerChoices = choices.owners();
        originChoices = choices.origins();
        refreshMetrics();
    }

    /** The filter as the panel and the search box set it. */
    public ClientFilter filter() {
        return new ClientFilter(query, stage, groupId, onlyActive ? Boolean.TRUE : null, origin, createdFrom, createdTo,
                updatedFrom, updatedTo, birthMonth, centerId, ownerId);
    }

    /**
     * How many filters of the panel are set (the search box aside): a list opened already filtered (from a group,
     * a dashboard card) shows its panel open, so the filter is in view.
     */
    public int getActiveFilters() {
        return (int) java.util.stream.Stream.of(stage, onlyActive ? Boolean.TRUE : null, groupId, origin, centerId,
                ownerId, createdFrom, createdTo, updatedFrom, updatedTo, birthMonth).filter(java.util.Objects::nonNull).count();
    }

    /** The search box or a filter changed: the table starts again from its first page, the cards count again. */
    public void filterChanged() {
        DataTable table = table();
        if (table != null) {
            table.setFirst(0);
        }
        refreshMetrics();
    }

    /** The search box keeps its text; every other filter goes back to "any". */
    public void clearFilters() {
        stage = null;
        onlyActive = false;
        groupId = null;
        origin = null;
        centerId = null;
        ownerId = null;
        createdFrom = null;
        createdTo = null;
        updatedFrom = null;
        updatedTo = null;
        birthMonth = null;
        filterChanged();
    }

    /** The active-alert flags of the page's rows, in one query beside the page's own. */
    private List<ClientRow> flagged(List<ClientRow> page) {
        alertFlags = alerts.flags(page.stream().map(ClientRow::id).toList());
        return page;
    }

    /** The row's active-alert flag (count and most urgent priority), or null when it has none. */
    public AlertFlag alertFlag(Long clientId) {
        return alertFlags.get(clientId);
    }

    public void refreshMetrics() {
        metrics = metricsService.metrics(filter());
    }

    /** Kept for the search box, which the page has always called so. */
    public void searchChanged() {
        filterChanged();
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
            refreshMetrics();
        }
    }

    /** After a bulk action: nothing stays ticked, the cards and the group choices count again. */
    void afterBulk() {
        selected = new ArrayList<>();
        groupChoices = groups.list();
        refreshMetrics();
    }

    private static ClientSort sort(String field, boolean descending) {
        if (field == null) {
            return ClientSort.BY_NAME;
        }
        return new ClientSort(ClientSort.Field.valueOf(field), descending);
    }

    public List<LifecycleStage> getStages() {
        return List.of(LifecycleStage.values());
    }

    public List<Integer> getMonths() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    public ClientMetrics getMetrics() {
        return metrics;
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

    public List<Choice> getCenterChoices() {
        return centerChoices;
    }

    public List<Choice> getOwnerChoices() {
        return ownerChoices;
    }

    public List<String> getOriginChoices() {
        return originChoices;
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

    public LifecycleStage getStage() {
        return stage;
    }

    public void setStage(LifecycleStage stage) {
        this.stage = stage;
    }

    public boolean isOnlyActive() {
        return onlyActive;
    }

    public void setOnlyActive(boolean onlyActive) {
        this.onlyActive = onlyActive;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public Long getCenterId() {
        return centerId;
    }

    public void setCenterId(Long centerId) {
        this.centerId = centerId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }

    public LocalDate getUpdatedFrom() {
        return updatedFrom;
    }

    public void setUpdatedFrom(LocalDate updatedFrom) {
        this.updatedFrom = updatedFrom;
    }

    public LocalDate getUpdatedTo() {
        return updatedTo;
    }

    public void setUpdatedTo(LocalDate updatedTo) {
        this.updatedTo = updatedTo;
    }

    public Integer getBirthMonth() {
        return birthMonth;
    }

    public void setBirthMonth(Integer birthMonth) {
        this.birthMonth = birthMonth;
    }
}
