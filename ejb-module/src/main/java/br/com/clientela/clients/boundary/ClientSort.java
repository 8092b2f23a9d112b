package br.com.clientela.clients.boundary;

/**
 * The order of a client list: a column and its direction. Every column sorts in the database; empty values
 * come last either way, and clients with the same value keep the order of their names.
 */
public record ClientSort(Field field, boolean descending) {

    public static final ClientSort BY_NAME = new ClientSort(Field.NAME, false);

    /** The columns a list can be sorted by, with the JPQL expression each one sorts on. */
    public enum Field {
        NAME("c.name"),
        DOCUMENT("c.document"),
        PHONE("c.phone"),
        EMAIL("c.email"),
        /** Alphabetically first group of the client. */
        GROUPS("min(sortGroup.name)"),
        /** Inactive ones apart, then clients who bought before those who did not yet. */
        STAGE("c.status, c.firstPurchaseAt"),
        DEFAULT_FEE("c.defaultFee"),
        TOTAL_SPENT("c.totalSpent"),
        CREATED_AT("c.createdAt"),
        UPDATED_AT("c.updatedAt");

        private final String expression;

        Field(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }
    }

    String orderBy() {
        String direction = descending ? " desc" : " asc";
        // A field may sort on several expressions (the stage: status, then whether the client bought).
        String order = " order by " + String.join(", ", java.util.Arrays.stream(field.expression().split(", "))
                .map(expression -> expression + direction + " nulls last").toList());
        return field == Field.NAME ? order + ", c.id" + direction : order + ", c.name, c.id";
    }
}
