package br.com.clientela.api.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.clientela.api.problems.InvalidParametersException;
import br.com.clientela.api.problems.Problem;
import br.com.clientela.clients.boundary.ClientFilter;
import br.com.clientela.clients.boundary.ClientSort;
import br.com.clientela.clients.entity.LifecycleStage;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientFilterReaderTest {

    @Test
    void readsEveryFilterFromItsParameter() {
        ClientFilter filter = ClientFilterReader.read(Map.ofEntries(Map.entry("q", " ana "), Map.entry("stage", "lead"),
                Map.entry("group", "7"), Map.entry("active", "FALSE"), Map.entry("origin", "Instagram"),
                Map.entry("createdFrom", "2026-01-01"), Map.entry("createdTo", "2026-01-31"),
                Map.entry("updatedFrom", "2026-02-01"), Map.entry("updatedTo", "2026-02-01"),
                Map.entry("birthMonth", "12"), Map.entry("center", "3"), Map.entry("owner", "4"))::get, "");

        assertThat(filter).isEqualTo(new ClientFilter("ana", LifecycleStage.LEAD, 7L, false, "Instagram",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1),
                12, 3L, 4L));
    }

    @Test
    void blankParametersMeanAny() {
        assertThat(ClientFilterReader.read(Map.of("stage", " ", "birthMonth", "")::get, "")).isEqualTo(ClientFilter.ALL);
    }

    @Test
    void everyUnreadableParameterIsNamedAtOnceWithThePrefix() {
        assertThatThrownBy(() -> ClientFilterReader.read(Map.of("birthMonth", "0", "group", "x", "createdFrom",
                "2026-03-01", "createdTo", "2026-02-01", "active", "sim")::get, "filter."))
                .isInstanceOfSatisfying(InvalidParametersException.class, invalid -> assertThat(invalid.errors())
                        .extracting(Problem.FieldError::field)
                        .containsExactlyInAnyOrder("filter.birthMonth", "filter.group", "filter.createdTo",
                                "filter.active"));
    }

    @Test
    void sortNamesAreTheJsonNamesWithAMinusForDescending() {
        assertThat(ClientFilterReader.sort("-updatedAt")).isEqualTo(new ClientSort(ClientSort.Field.UPDATED_AT, true));
        assertThat(ClientFilterReader.sort("defaultFee")).isEqualTo(new ClientSort(ClientSort.Field.DEFAULT_FEE, false));
        assertThat(ClientFilterReader.sort(null)).isEqualTo(ClientSort.BY_NAME);
        assertThatThrownBy(() -> ClientFilterReader.sort("UPDATED_AT")).isInstanceOf(InvalidParametersException.class);
    }
}
