package br.com.clientela.alerts.boundary;

import br.com.clientela.alerts.entity.AlertPriority;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** What the client list shows of a client's active alerts: how many and the most urgent priority. */
public record AlertFlag(int count, AlertPriority highest) {

    /** Folds (client id, priority) pairs of active alerts into one flag per client. */
    static Map<Long, AlertFlag> fold(Collection<Object[]> clientAndPriority) {
        return clientAndPriority.stream().collect(Collectors.toMap(pair -> (Long) pair[0],
                pair -> new AlertFlag(1, (AlertPriority) pair[1]), AlertFlag::plus));
    }

    AlertFlag plus(AlertFlag other) {
        return new AlertFlag(count + other.count, highest.compareTo(other.highest) >= 0 ? highest : other.highest);
    }
}
