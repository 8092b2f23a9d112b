package br.com.clientela.clients.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LifecycleStageTest {

    private static final LocalDateTime PAID = LocalDateTime.of(2026, 11, 2, 10, 0);

    @Test
    void activeClientWhoPaidIsACustomer() {
        assertThat(LifecycleStage.of(ClientStatus.ACTIVE, PAID)).isEqualTo(LifecycleStage.CUSTOMER);
    }

    @Test
    void activeClientWhoNeverPaidIsAContact() {
        assertThat(LifecycleStage.of(ClientStatus.ACTIVE, null)).isEqualTo(LifecycleStage.CONTACT);
    }

    @Test
    void inactiveWinsOverHavingPaid() {
        assertThat(LifecycleStage.of(ClientStatus.INACTIVE, PAID)).isEqualTo(LifecycleStage.INACTIVE);
        assertThat(LifecycleStage.of(ClientStatus.INACTIVE, null)).isEqualTo(LifecycleStage.INACTIVE);
    }
}
