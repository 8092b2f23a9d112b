package br.com.clientela.backoffice.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page of the back office to go back to after signing in, as a path below the application
 * ({@code clients/edit.xhtml?id=5}). Only a page of this application is accepted — never another site, a
 * protocol-relative {@code //host} or the login page itself — so the parameter cannot send a user elsewhere.
 */
public final class ReturnPath {

    private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9_\\-/]+\\.xhtml(\\?[A-Za-z0-9_\\-.~%&=+]*)?");

    private ReturnPath() {
    }

    /** The path without its leading slash when it names a page worth going back to; empty otherwise. */
    public static Optional<String> of(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String page = path.startsWith("/") ? path.substring(1) : path;
        if (page.isEmpty() || page.startsWith("/") || page.contains("//") || page.contains("..")
                || !PAGE.matcher(page).matches() || page.startsWith("login.xhtml") || page.startsWith("index.xhtml")
                || page.startsWith("jakarta.faces.resource") || page.startsWith("api/")) {
            return Optional.empty();
        }
        return Optional.of(page);
    }
}
