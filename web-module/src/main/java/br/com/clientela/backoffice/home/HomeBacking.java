package br.com.clientela.backoffice.home;

import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.boundary.BirthdayRow;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientMetricsService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.MonthCount;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.invoices.boundary.InvoiceFilter;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.quotes.boundary.QuoteFilter;
import br.com.clientela.quotes.boundary.QuoteService;
import br.com.clientela.quotes.entity.QuoteStatus;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.transactions.boundary.TransactionFilter;
import br.com.clientela.transactions.boundary.TransactionService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard after login (index.xhtml): how many clients and staff, clients per stage, clients registered per
 * month over the last 12 months (a PrimeFaces 15 {@code p:chart}, which takes the Chart.js configuration as
 * JSON) and the birthdays of this week, Sunday to Saturday as Brazilian calendars print it. Above them, what a
 * manager opens it for, each figure one query of its feature's boundary: money received this month against last
 * month, invoices overdue (count and amount), quotes sent and waiting for an answer, active alerts, new clients this
 * month; each card links to the list it counts.
 */
@Named
@RequestScoped
public class HomeBacking {

    private static final int MONTHS = 12;
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter MONTH_LABEL = DateTimeFormatter.ofPattern("MMM/yy", PT_BR);
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE, dd/MM", PT_BR);

    @EJB
    ClientService clientService;

    @EJB
    ClientMetricsService metrics;

    @EJB
    StaffUserService staffUserService;

    @EJB
    TransactionService transactions;

    @EJB
    InvoiceService invoices;

    @EJB
    QuoteService quotes;

    @EJB
    AlertService alerts;

    private BigDecimal receivedThisMonth;
    private BigDecimal receivedLastMonth;
    private long overdueInvoices;
    private BigDecimal overdueAmount;
    private long quotesWaiting;
    private long activeAlerts;
    private YearMonth thisMonth;

    private long clients;
    private long staff;
    private Map<LifecycleStage, Long> perStage;
    private List<MonthCount> perMonth;
    private List<BirthdayRow> birthdays;
    private LocalDate weekStart;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now();
        clients = clientService.count();
        staff = staffUserService.count();
        perStage = metrics.perStage(ClientFilter.ALL);
        perMonth = metrics.createdPerMonth(YearMonth.from(today), MONTHS);
        weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        birthdays = metrics.birthdays(weekStart, weekStart.plusDays(6));
        thisMonth = YearMonth.from(today);
        receivedThisMonth = received(thisMonth);
        receivedLastMonth = received(thisMonth.minusMonths(1));
        InvoiceFilter overdue = new InvoiceFilter(InvoiceStatus.OVERDUE, null, null, null, null);
        overdueInvoices = invoices.count(overdue);
        overdueAmount = overdueInvoices == 0 ? BigDecimal.ZERO : invoices.amountDue(overdue);
        quotesWaiting = quotes.count(new QuoteFilter(QuoteStatus.SENT, null, null));
        activeAlerts = alerts.activeCount();
    }

    private BigDecimal received(YearMonth month) {
        return transactions.totals(new TransactionFilter(month.atDay(1), month.atEndOfMonth(), null, null, null, null))
                .moneyIn();
    }

    public BigDecimal getReceivedThisMonth() {
        return receivedThisMonth;
    }

    public BigDecimal getReceivedLastMonth() {
        return receivedLastMonth;
    }

    /** Up, down or level against last month (for the card's arrow and its words). */
    public int getReceivedTrend() {
        return receivedThisMonth.compareTo(receivedLastMonth);
    }

    public long getOverdueInvoices() {
        return overdueInvoices;
    }

    public BigDecimal getOverdueAmount() {
        return overdueAmount;
    }

    public long getQuotesWaiting() {
        return quotesWaiting;
    }

    public long getActiveAlerts() {
        return activeAlerts;
    }

    /** Clients registered this month: the chart's last bar. */
    public long getNewClients() {
        return perMonth.isEmpty() ? 0 : perMonth.get(perMonth.size() - 1).clients();
    }

    public String getMonthStart() {
        return thisMonth.atDay(1).toString();
    }

    public String getMonthEnd() {
        return thisMonth.atEndOfMonth().toString();
    }

    public int getMonthNumber() {
        return thisMonth.getMonthValue();
    }

    /** The chart's Chart.js configuration: one bar per month. */
    public String getPerMonthChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (MonthCount month : perMonth) {
            labels.add(month.month().format(MONTH_LABEL));
            data.add(month.clients());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", PageMessages.text("home.perMonth.series"))
                                .add("data", data)
                                .add("backgroundColor", "#3b82f6"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build()
                .toString();
    }

    /** The day of this week on which the client has their birthday ("qua., 26/11"). */
    public String birthdayDay(BirthdayRow client) {
        return birthdayThisWeek(client).format(DAY_LABEL);
    }

    /** The age the client turns on that day. */
    public int turns(BirthdayRow client) {
        return Period.between(client.birthDate(), birthdayThisWeek(client)).getYears();
    }

    private LocalDate birthdayThisWeek(BirthdayRow client) {
        for (int day = 0; day < 7; day++) {
            LocalDate date = weekStart.plusDays(day);
            if (date.getMonth() == client.birthDate().getMonth()
                    && (date.getDayOfMonth() == client.birthDate().getDayOfMonth()
                    || date.getDayOfMonth() == date.lengthOfMonth() && client.birthDate().getDayOfMonth() > date.lengthOfMonth())) {
                return date;
            }
        }
        return weekStart;
    }

    public long getClients() {
        return clients;
    }

    public long getStaff() {
        return staff;
    }

    public List<LifecycleStage> getStages() {
        return List.of(LifecycleStage.values());
    }

    public long stageCount(LifecycleStage stage) {
        return perStage.getOrDefault(stage, 0L);
    }

    public List<MonthCount> getPerMonth() {
        return perMonth;
    }

    public List<BirthdayRow> getBirthdays() {
        return birthdays;
    }
}
