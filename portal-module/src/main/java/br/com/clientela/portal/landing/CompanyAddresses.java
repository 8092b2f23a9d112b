package br.com.clientela.portal.landing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Serves each company's landing page at /portal/{slug} (the page itself is landing.xhtml). */
@WebFilter(urlPatterns = "/*")
public class CompanyAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SLUG_PATH = Pattern.compile("/([a-z0-9]+(?:-[a-z0-9]+)*)/?");
    private static final Set<String> RESERVED = Set.of("area", "logo", "resources");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher slug = SLUG_PATH.matcher(path);
        if (slug.matches() && !RESERVED.contains(slug.group(1))) {
            request.getRequestDispatcher("/landing.xhtml?empresa=" + slug.group(1)).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
