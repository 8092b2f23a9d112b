package br.com.clientela.api.problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input from the EJB boundaries' Bean Validation, as 422 with one entry per field. Needed besides
 * {@link ProblemMapper} because Jersey picks the mapper of the closest type, and its own ValidationException
 * mapper would answer a bare 400.
 */
@Provider
public class InvalidInputMapper implements ExceptionMapper<ConstraintViolationException> {

    private final ProblemMapper problems = new ProblemMapper();

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return problems.problemFor(invalid).toResponse(request == null ? null : request.getRequestURI());
    }
}
