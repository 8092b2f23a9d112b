package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.LifecycleStage;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures above a client list, for the clients that pass its filter. {@code averageRating} is null while
 * there is no review to average.
 */
public record ClientMetrics(long total, Map<LifecycleStage, Long> perStage, long reviews, Double averageRating,
        BigDecimal totalSales) {

    public long stage(LifecycleStage stage) {
        return perStage.getOrDefault(stage, 0L);
    }
}
