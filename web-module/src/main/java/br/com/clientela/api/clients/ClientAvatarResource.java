package br.com.clientela.api.clients;

import br.com.clientela.clients.boundary.Avatar;
import br.com.clientela.clients.boundary.ClientAvatarService;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A client's picture. PUT takes the image bytes as the body (JPEG, PNG or WebP, recognised by content whatever
 * the Content-Type says, at most 2 MB) and answers the stored size; GET answers the stored image (shrunk to
 * at most 256 px a side); DELETE removes it. The back office's profile page shows it from GET too.
 */
@Path("clients/{id}/avatar")
public class ClientAvatarResource {

    @EJB
    ClientAvatarService avatars;

    @PUT
    // Any declared type: the content decides, so a wrong file gets a pt-BR 422 rather than a bare 415.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") Long id, byte[] image) {
        Avatar stored = avatars.replace(id, image);
        return Response.ok(Json.createObjectBuilder()
                .add("contentType", stored.contentType())
                .add("width", stored.width())
                .add("height", stored.height())
                .build().toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces({"image/png", "image/jpeg", MediaType.WILDCARD})
    public Response image(@PathParam("id") Long id) {
        Avatar avatar = avatars.find(id).orElseThrow(() -> new NotFoundException("Este cliente não tem foto."));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return Response.ok(avatar.image(), avatar.contentType()).cacheControl(cache)
                .lastModified(java.sql.Timestamp.valueOf(avatar.updatedAt())).build();
    }

    @DELETE
    public Response remove(@PathParam("id") Long id) {
        avatars.remove(id);
        return Response.noContent().build();
    }
}
