package br.com.clientela.clients.boundary;

/** How many reviews the matching clients wrote and their average rating (null when there is none). */
public record ReviewFigures(long count, Double averageRating) {
}
