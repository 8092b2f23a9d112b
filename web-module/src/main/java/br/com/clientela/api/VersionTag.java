package br.com.clientela.api;

import br.com.clientela.shared.Versioned;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the ETag of every record the API sends that has a version (a GET of one record, and what a POST, PUT or
 * PATCH saved): the version itself, {@code "7"}, which a PUT or PATCH sends back as If-Match (see {@link IfMatch}).
 */
@Provider
public class VersionTag implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned record && record.version() != null && response.getStatus() < 300
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(Long.toString(record.version())));
        }
    }
}
