package br.com.clientela.reviews.boundary;

import java.time.LocalDateTime;

/**
 * A review as lists and the API show it; {@code orderId} and {@code orderNumber} name the order it is about ("Pedido
 * nº 12"), both null when it is about none.
 */
public record ReviewRow(Long id, Long clientId, String clientName, int rating, String comment, Long orderId,
        Long orderNumber, String author, LocalDateTime createdAt) {

    public ReviewRow {
        // The number is a primitive of the order: an outer join without an order reads it as 0, not null.
        orderNumber = orderId == null ? null : orderNumber;
    }
}
