package br.com.clientela.backoffice.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a caller without a signed-in session to the login page, remembering the page to go back to
 * ({@code ?volta=clients/edit.xhtml%3Fid%3D5}).
 * <p>
 * A Faces ajax request (save, search) cannot follow an HTTP redirect: the browser would hand the login page's
 * HTML to the ajax script, which ignores it, and the user's click would do nothing at all. So an ajax request
 * gets a partial response with a {@code <redirect>} instead, which Faces and PrimeFaces follow; the login page
 * then says the session expired ({@code expirou=true}). The page to go back to is the one the user was on
 * (the ajax request's Referer), not the URL the form posts to.
 */
final class LoginRedirect {

    static final String RETURN_PARAM = "volta";
    static final String EXPIRED_PARAM = "expirou";

    private LoginRedirect() {
    }

    static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        boolean post = "POST".equalsIgnoreCase(request.getMethod());
        // A post without a session comes from a page opened while the session lived: it has expired.
        String back = post ? pageOf(request.getHeader("Referer"), request.getContextPath()) : requested(request);
        return to(request, response, context, loginUrl(request.getContextPath(), back, post));
    }

    /** A redirect a Faces ajax request follows too: a partial response with {@code <redirect>} for it, HTTP for others. */
    static AuthenticationStatus to(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context,
            String url) {
        return "partial/ajax".equals(request.getHeader("Faces-Request")) ? partialRedirect(response, url)
                : context.redirect(url);
    }

    static String loginUrl(String contextPath, String back, boolean expired) {
        StringBuilder url = new StringBuilder(contextPath).append(StaffAuthenticationMechanism.LOGIN_PAGE);
        char separator = '?';
        if (expired) {
            url.append(separator).append(EXPIRED_PARAM).append("=true");
            separator = '&';
        }
        if (back != null) {
            url.append(separator).append(RETURN_PARAM).append('=').append(URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** The path of a GET below the context, with its query; null for the home page (nothing to go back to). */
    private static String requested(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return ReturnPath.of(path + (query == null ? "" : "?" + query)).orElse(null);
    }

    /** The page of a Referer of this application, as a path below the context; null when it is not one. */
    static String pageOf(String referer, String contextPath) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return null;
            }
            String page = path.substring(contextPath.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return ReturnPath.of(page).orElse(null);
        } catch (URISyntaxException notAUri) {
            return null;
        }
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                    + "\"/></partial-response>";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
