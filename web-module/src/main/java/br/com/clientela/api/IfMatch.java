package br.com.clientela.api;

/**
 * Reads the If-Match header of a PUT or PATCH as the record version the change was based on (the API's ETags are
 * the versions, see {@link VersionTag}). Without the header, or with {@code *}, the change is not tied to a
 * version (null). A tag that is not one of ours can match no version: the change is refused with 412.
 */
public final class IfMatch {

    /** A version no record has: what an unreadable tag asks for, so it never matches. */
    static final long NO_VERSION = -1;

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        // A list of tags: the first decides (an API client sends back the one ETag it read).
        String tag = header.split(",")[0].trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            return version < 0 ? NO_VERSION : version;
        } catch (NumberFormatException notOurs) {
            return NO_VERSION;
        }
    }
}
