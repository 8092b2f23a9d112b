package br.com.clientela.backoffice.clients;

import br.com.clientela.clients.boundary.Avatar;
import br.com.clientela.clients.boundary.ClientAvatarService;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a client's picture to the back-office pages (/clients/avatar?id=...), signed in by the page session
 * like every back-office address (the API's own GET wants Basic or a token on each call). A client of another
 * company, or one without a picture, is a 404.
 */
@WebServlet("/clients/avatar")
public class ClientAvatarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ClientAvatarService avatars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Avatar> avatar;
        try {
            avatar = avatars.find(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException missing) {
            avatar = Optional.empty();
        }
        if (avatar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(avatar.get().contentType());
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(avatar.get().image().length);
        response.getOutputStream().write(avatar.get().image());
    }
}
