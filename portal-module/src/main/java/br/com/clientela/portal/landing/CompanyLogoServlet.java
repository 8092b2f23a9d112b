package br.com.clientela.portal.landing;

import br.com.clientela.companies.boundary.CompanyLogo;
import br.com.clientela.companies.boundary.CompanyService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** A company's logo at /portal/logo/{slug}, for its landing page. */
@WebServlet("/logo/*")
public class CompanyLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CompanyService companies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getPathInfo() == null ? null : request.getPathInfo().substring(1);
        Optional<CompanyLogo> logo = companies.logo(slug);
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().contentType());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.getOutputStream().write(logo.get().image());
    }
}
