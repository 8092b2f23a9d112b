package br.com.clientela.orders.boundary;

/**
 * What the orders list narrows to; every part optional: status, type, client, and {@code q}, a number ("12") or
 * part of the client's name.
 */
public record OrderFilter(Long statusId, Long typeId, Long clientId, String q) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null);
    }

    public static OrderFilter ofClient(Long clientId) {
        return new OrderFilter(null, null, clientId, null);
    }
}
