package br.com.clientela.reviews.boundary;

import br.com.clientela.reviews.entity.Review;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new review: the client, 1 to 5 stars, an optional comment and, optionally, the order it is about (one of the
 * same client's orders; appointments come later).
 */
public record ReviewInput(
        @NotNull(message = "{clientela.review.client.required}")
        Long clientId,
        @NotNull(message = "{clientela.review.rating.required}")
        @Min(value = Review.RATING_MIN, message = "{clientela.review.rating.range}")
        @Max(value = Review.RATING_MAX, message = "{clientela.review.rating.range}")
        Integer rating,
        @Size(max = Review.COMMENT_MAX, message = "{clientela.size.max}")
        String comment,
        Long orderId) {
}
