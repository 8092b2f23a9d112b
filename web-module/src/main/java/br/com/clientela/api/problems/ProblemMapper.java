package br.com.clientela.api.problems;

import br.com.clientela.clients.boundary.DuplicateDocumentException;
import br.com.clientela.postalcodes.boundary.PostalCodeUnavailableException;
import br.com.clientela.shared.BusinessException;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.shared.StaleRecordException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every failure of an API call into a problem+json answer in pt-BR: invalid input 400/422 with the
 * field named, refusals by role 403, missing records 404, conflicts 409,
 * a change based on an old version 412 (If-Match) or 409; anything unexpected is logged and
 * answered 500 without a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern QUOTED_NAME = Pattern.compile("(?:property|Property|field|name)[:\\s]+'?\"?([A-Za-z_][A-Za-z0-9_]*)");

    private static final String NO_ENUM_CONSTANT = "No enum constant ";

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return problemFor(failure).toResponse(request == null ? null : request.getRequestURI());
    }

    Problem problemFor(Throwable failure) {
        return problemFor(failure, request == null ? null : (byte[]) request.getAttribute(JsonBodyCapture.BODY));
    }

    Problem problemFor(Throwable failure, byte[] body) {
        if (failure instanceof ConstraintViolationException invalid) {
            return invalidInput(invalid);
        }
        if (failure instanceof InvalidParametersException invalid) {
            Problem problem = new Problem(422, "Dados inválidos", "Corrija os parâmetros indicados e envie de novo.");
            invalid.errors().forEach(error -> problem.field(error.field(), error.message()));
            return problem;
        }
        if (failure instanceof StaleRecordException stale) {
            return stale(stale.getMessage());
        }
        if (failure instanceof BusinessException refusal) {
            return refusal(refusal);
        }
        if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
            return new Problem(403, "Sem permissão", "Você não tem permissão para esta operação.");
        }
        if (failure instanceof WebApplicationException web) {
            return webProblem(web, body);
        }
        JsonbException badJson = causeOfType(failure, JsonbException.class);
        if (badJson != null || failure instanceof ProcessingException) {
            return unreadableBody(badJson, body);
        }
        if (failure instanceof EJBException && failure.getCause() != null && failure.getCause() != failure) {
            return problemFor(failure.getCause(), body);
        }
        if (causeOfType(failure, OptimisticLockException.class) != null) {
            return stale("Outra pessoa alterou este registro ao mesmo tempo. Recarregue e tente de novo.");
        }
        LOG.log(Level.SEVERE, "Unexpected failure in an API call", failure);
        return new Problem(500, "Erro interno", "Ocorreu um erro inesperado. Tente novamente; se persistir, avise o suporte.");
    }

    /**
     * A change based on a version that is no longer the current one: 412 when the version came in If-Match (the
     * precondition failed), 409 otherwise.
     */
    private Problem stale(String message) {
        boolean ifMatch = request != null && request.getHeader(HttpHeaders.IF_MATCH) != null;
        return ifMatch ? new Problem(412, "Registro alterado por outra pessoa", message)
                : new Problem(409, "Conflito", message);
    }

    private static Problem invalidInput(ConstraintViolationException invalid) {
        Problem problem = new Problem(422, "Dados inválidos", "Corrija os campos indicados e envie de novo.");
        invalid.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> String.valueOf(fieldOf(v))))
                .forEach(v -> problem.field(fieldOf(v), v.getMessage()));
        return problem;
    }

    /** The name of the invalid body field; null when the whole body (a method parameter) is what is wrong. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // An element of a list is named by its position: addresses[0].postalCode
            String prefix = field != null && node.isInIterable() && node.getIndex() != null
                    ? field + "[" + node.getIndex() + "]" : field;
            String name = node.getName() == null || node.getName().startsWith("<") ? null : node.getName();
            field = name == null ? prefix : prefix == null ? name : prefix + "." + name;
        }
        return field;
    }

    private static Problem refusal(BusinessException refusal) {
        int status = refusal instanceof NotFoundException ? 404 : refusal instanceof ConflictException ? 409
                : refusal instanceof PostalCodeUnavailableException ? 503 : 422;
        String title = switch (status) {
            case 404 -> "Não encontrado";
            case 409 -> "Conflito";
            case 503 -> "Serviço indisponível";
            default -> "Dados inválidos";
        };
        Problem problem = new Problem(status, title, refusal.getMessage());
        if (refusal instanceof InvalidInputException invalid && !invalid.getFields().isEmpty()) {
            invalid.getFields().forEach(problem::field);
        } else if (refusal.getField() != null) {
            problem.field(refusal.getField(), refusal.getMessage());
        }
        if (refusal instanceof DuplicateDocumentException duplicate && duplicate.getExistingClientId() != null) {
            problem.extension("existingClientId", duplicate.getExistingClientId());
        }
        return problem;
    }

    private static Problem webProblem(WebApplicationException web, byte[] body) {
        int status = web.getResponse().getStatus();
        return switch (status) {
            case 404 -> new Problem(404, "Não encontrado", "O recurso pedido não existe.");
            case 405 -> new Problem(405, "Método não permitido", "Este endereço não aceita o método HTTP usado.");
            case 406 -> new Problem(406, "Formato não disponível", "Peça application/json.");
            case 415 -> new Problem(415, "Formato não suportado", "Envie o corpo como application/json.");
            case 400 -> unreadableBody(causeOfType(web, JsonbException.class), body);
            case 401 -> new Problem(401, "Não autenticado", "Autentique-se para usar a API.");
            case 403 -> new Problem(403, "Sem permissão", "Você não tem permissão para esta operação.");
            default -> new Problem(status, "Requisição recusada", "A requisição foi recusada (HTTP " + status + ").");
        };
    }

    private static Problem unreadableBody(JsonbException cause, byte[] body) {
        Problem unknownValue = cause == null ? null : unknownEnumValue(cause, body);
        if (unknownValue != null) {
            return unknownValue;
        }
        Problem wrongType = cause == null ? null : WrongJsonType.problemFor(cause, body);
        if (wrongType != null) {
            return wrongType;
        }
        Problem problem = new Problem(400, "JSON inválido",
                "O corpo da requisição não é um JSON válido para este recurso: confira nomes e tipos dos campos.");
        String field = cause == null ? null : fieldNamedIn(cause);
        if (field != null) {
            problem.field(field, "Campo desconhecido ou com tipo/valor inválido.");
        }
        return problem;
    }

    /**
     * A value outside an enum ("kind": "EMPRESA") is well-formed JSON with a wrong value in one field: 422 like
     * any other invalid field, naming it and the values accepted. JSON-B reports it as the enum's
     * IllegalArgumentException without saying where it was, so the field is found in the body's copy.
     */
    static Problem unknownEnumValue(Throwable failure, byte[] body) {
        String constant = null;
        for (Throwable t = failure; t != null && constant == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getMessage().startsWith(NO_ENUM_CONSTANT)) {
                constant = t.getMessage().substring(NO_ENUM_CONSTANT.length()).trim();
            }
        }
        if (constant == null || constant.lastIndexOf('.') < 0) {
            return null;
        }
        String type = constant.substring(0, constant.lastIndexOf('.'));
        String value = constant.substring(constant.lastIndexOf('.') + 1);
        String accepted = acceptedValues(type);
        String message = "Valor desconhecido: " + value + "." + (accepted == null ? "" : " Valores aceitos: " + accepted + ".");
        Problem problem = new Problem(422, "Dados inválidos", "Corrija os campos indicados e envie de novo.");
        List<String> fields = UnknownValueLocator.pathsOf(value, body);
        if (fields.isEmpty()) {
            problem.field("body", message);
        }
        fields.forEach(field -> problem.field(field, message));
        return problem;
    }

    private static String acceptedValues(String enumType) {
        try {
            Class<?> type = Class.forName(enumType, false, Thread.currentThread().getContextClassLoader());
            Object[] constants = type.getEnumConstants();
            return constants == null ? null
                    : java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static String fieldNamedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = QUOTED_NAME.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }

    private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
