package br.com.clientela.alerts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.alerts.entity.AlertPriority;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFlagTest {

    @Test
    void eachClientGetsItsCountAndMostUrgentPriority() {
        Map<Long, AlertFlag> flags = AlertFlag.fold(List.of(
                new Object[] {1L, AlertPriority.MEDIUM},
                new Object[] {2L, AlertPriority.LOW},
                new Object[] {1L, AlertPriority.CRITICAL},
                new Object[] {1L, AlertPriority.HIGH}));

        assertThat(flags).containsEntry(1L, new AlertFlag(3, AlertPriority.CRITICAL))
                .containsEntry(2L, new AlertFlag(1, AlertPriority.LOW))
                .hasSize(2);
    }

    @Test
    void noActiveAlertsMeansNoFlags() {
        assertThat(AlertFlag.fold(List.of())).isEmpty();
    }
}
