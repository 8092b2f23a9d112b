package br.com.clientela.reviews.boundary;

import java.time.LocalDateTime;

/** A review as lists and the API show it. */
public record ReviewRow(Long id, Long clientId, String clientName, int rating, String comment, Long orderId,
        String author, LocalDateTime createdAt) {
}
