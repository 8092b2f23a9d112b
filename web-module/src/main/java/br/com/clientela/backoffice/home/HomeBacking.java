package br.com.clientela.backoffice.home;

import br.com.clientela.backoffice.faces.PageMessages;
import br.com.clientela.clients.boundary.BirthdayRow;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientMetricsService;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.MonthCount;
import br.com.clientela.clients.entity.LifecycleStage;
import br.com.clientela.security.boundary.StaffUserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
 * JSON) and the birthdays of this week, Sunday to Saturday as Brazilian calendars print it.
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
