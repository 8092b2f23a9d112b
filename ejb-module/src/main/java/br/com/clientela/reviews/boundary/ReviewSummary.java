package br.com.clientela.reviews.boundary;

/** How many reviews there are and their average rating (null when there is none). */
public record ReviewSummary(long count, Double average) {

    static ReviewSummary of(Object[] countAndAverage) {
        Number average = (Number) countAndAverage[1];
        return new ReviewSummary(((Number) countAndAverage[0]).longValue(),
                average == null ? null : average.doubleValue());
    }
}
