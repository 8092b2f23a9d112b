package br.com.clientela.api.problems;

import static br.com.clientela.api.problems.ProblemTest.bodyOf;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.security.boundary.NewStaffUser;
import br.com.clientela.security.boundary.StaffUserService;
import br.com.clientela.security.entity.Role;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.StaleRecordException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.ElementType;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void recordNotFoundIs404WithTheServicesMessage() {
        JsonObject body = problemFor(new br.com.clientela.shared.NotFoundException("Usuário não encontrado."));

        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("title")).isEqualTo("Não encontrado");
        assertThat(body.getString("detail")).isEqualTo("Usuário não encontrado.");
        assertThat(body.containsKey("errors")).isFalse();
    }

    @Test
    void refusalOfManyFieldsIs422WithOneEntryPerField() {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        errors.put("customFields.size", "\"Porte\" deve ser uma das opções: P, M, G.");
        errors.put("customFields.weight", "\"Peso\" deve ser um número, como 12 ou 12,5.");

        JsonObject body = problemFor(new InvalidInputException(errors));

        assertThat(body.getInt("status")).isEqualTo(422);
        assertThat(body.getJsonArray("errors")).hasSize(2);
        assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("customFields.size");
        assertThat(body.getJsonArray("errors").getJsonObject(1).getString("message")).contains("deve ser um número");
    }

    @Test
    void aTakenDocumentIs409WithTheIdOfTheClientThatHasIt() {
        JsonObject body = problemFor(new br.com.clientela.clients.boundary.DuplicateDocumentException(
                "Já existe um cliente com este CPF: Ana.", 77L));

        assertThat(body.getInt("status")).isEqualTo(409);
        assertThat(body.getJsonNumber("existingClientId").longValue()).isEqualTo(77L);
        assertThat(body.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("document");
    }

    @Test
    void conflictIs409NamingTheField() {
        JsonObject body = problemFor(new ConflictException("email", "Já existe um usuário com este e-mail."));

        assertThat(body.getInt("status")).isEqualTo(409);
        assertThat(body.getString("title")).isEqualTo("Conflito");
        assertThat(body.getString("detail")).isEqualTo("Já existe um usuário com este e-mail.");
        assertThat(onlyError(body).getString("field")).isEqualTo("email");
        assertThat(onlyError(body).getString("message")).isEqualTo("Já existe um usuário com este e-mail.");
    }

    @Test
    void invalidInputIs422NamingTheField() {
        JsonObject body = problemFor(new InvalidInputException("logo", "O logotipo deve ter no máximo 1 MB."));

        assertThat(body.getInt("status")).isEqualTo(422);
        assertThat(body.getString("title")).isEqualTo("Dados inválidos");
        assertThat(onlyError(body).getString("field")).isEqualTo("logo");
    }

    @Test
    void businessRefusalWrappedByTheContainerKeepsItsStatus() {
        JsonObject body = problemFor(new EJBException(new br.com.clientela.shared.NotFoundException("Token não encontrado.")));

        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("detail")).isEqualTo("Token não encontrado.");
    }

    @Test
    void ejbAccessRefusalIs403() {
        JsonObject body = problemFor(new EJBAccessException("Client not authorized for this invocation"));

        assertThat(body.getInt("status")).isEqualTo(403);
        assertThat(body.getString("title")).isEqualTo("Sem permissão");
        assertThat(body.getString("detail")).isEqualTo("Você não tem permissão para esta operação.");
    }

    @Test
    void localAccessRefusalIs403() {
        assertThat(problemFor(new AccessLocalException("denied")).getInt("status")).isEqualTo(403);
    }

    @Test
    void unknownAddressIs404InPortuguese() {
        JsonObject body = problemFor(new jakarta.ws.rs.NotFoundException());

        assertThat(body.getInt("status")).isEqualTo(404);
        assertThat(body.getString("detail")).isEqualTo("O recurso pedido não existe.");
    }

    @Test
    void wrongHttpMethodIs405AndWrongBodyFormatIs415() {
        assertThat(problemFor(new NotAllowedException("GET")).getInt("status")).isEqualTo(405);
        assertThat(problemFor(new NotSupportedException()).getInt("status")).isEqualTo(415);
    }

    @Test
    void unreadableJsonIs400NamingTheUnknownField() {
        JsonObject body = problemFor(new ProcessingException(
                new JsonbException("Unable to deserialize property 'nickname' because of: unknown property")));

        assertThat(body.getInt("status")).isEqualTo(400);
        assertThat(body.getString("title")).isEqualTo("JSON inválido");
        assertThat(onlyError(body).getString("field")).isEqualTo("nickname");
    }

    @Test
    void concurrentChangeIs409AskingToReload() {
        JsonObject body = problemFor(new EJBException(new OptimisticLockException("row changed")));

        assertThat(body.getInt("status")).isEqualTo(409);
        assertThat(body.getString("detail")).contains("Recarregue");
    }

    @Test
    void aSaveBasedOnAnOldVersionIs412WithIfMatchAnd409Without() {
        StaleRecordException stale = new StaleRecordException("Este registro foi alterado por Ana às 10:15; recarregue.");

        mapper.request = requestWithIfMatch("\"3\"");
        JsonObject withIfMatch = bodyOf(mapper.problemFor(stale).toResponse("/api/v1/clients/1"));
        mapper.request = requestWithIfMatch(null);
        JsonObject withoutIfMatch = bodyOf(mapper.problemFor(stale).toResponse("/api/v1/clients/1"));

        assertThat(withIfMatch.getInt("status")).isEqualTo(412);
        assertThat(withIfMatch.getString("detail")).isEqualTo(stale.getMessage());
        assertThat(withoutIfMatch.getInt("status")).isEqualTo(409);
        assertThat(withoutIfMatch.getString("detail")).isEqualTo(stale.getMessage());
    }

    private static jakarta.servlet.http.HttpServletRequest requestWithIfMatch(String ifMatch) {
        return (jakarta.servlet.http.HttpServletRequest) java.lang.reflect.Proxy.newProxyInstance(
                ProblemMapperTest.class.getClassLoader(), new Class<?>[] {jakarta.servlet.http.HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "If-Match".equalsIgnoreCase((String) args[0]) ? ifMatch : null;
                    case "getRequestURI" -> "/api/v1/clients/1";
                    default -> null;
                });
    }

    @Test
    void invalidRequestBodyIs422WithOnePortugueseMessagePerFieldSortedByField() throws Exception {
        NewStaffUser request = new NewStaffUser("maria.exemplo.com.br", "", Role.STAFF, "Senha12345");

        JsonObject body = problemFor(new ConstraintViolationException(violationsOfCreate(request)));

        assertThat(body.getInt("status")).isEqualTo(422);
        assertThat(body.getString("title")).isEqualTo("Dados inválidos");
        assertThat(body.getJsonArray("errors")).hasSize(2);
        JsonObject email = body.getJsonArray("errors").getJsonObject(0);
        assertThat(email.getString("field")).isEqualTo("email");
        assertThat(email.getString("message")).isEqualTo("Informe um e-mail válido, como nome@exemplo.com.br.");
        JsonObject name = body.getJsonArray("errors").getJsonObject(1);
        assertThat(name.getString("field")).isEqualTo("name");
        assertThat(name.getString("message")).isEqualTo("Informe o nome.");
    }

    @Test
    void missingRequestBodyIs422WithAnErrorThatNamesNoField() throws Exception {
        JsonObject body = problemFor(new ConstraintViolationException(violationsOfCreate(null)));

        assertThat(body.getInt("status")).isEqualTo(422);
        assertThat(onlyError(body).containsKey("field")).isFalse();
        assertThat(onlyError(body).getString("message")).isEqualTo("Envie os dados da requisição.");
    }

    @Test
    void unexpectedFailureIs500WithoutTheExceptionAndIsLogged() {
        RuntimeException failure = new IllegalStateException("connection to db.internal:5432 refused for user clientela");
        Logger log = Logger.getLogger(ProblemMapper.class.getName());
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean useParentHandlers = log.getUseParentHandlers();
        log.addHandler(capture);
        log.setUseParentHandlers(false);
        try {
            Response response = mapper.toResponse(failure);
            String text = (String) response.getEntity();
            JsonObject body = bodyOf(response);

            assertThat(response.getStatus()).isEqualTo(500);
            assertThat(body.getString("title")).isEqualTo("Erro interno");
            assertThat(body.keySet()).containsExactlyInAnyOrder("type", "title", "status", "detail");
            assertThat(text).doesNotContain("IllegalStateException", "java.", "db.internal", "clientela\"", "\tat ",
                    "ProblemMapper");
            assertThat(logged).singleElement().satisfies(record -> {
                assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
                assertThat(record.getThrown()).isSameAs(failure);
            });
        } finally {
            log.removeHandler(capture);
            log.setUseParentHandlers(useParentHandlers);
        }
    }

    @Test
    void responseWithoutARequestHasNoInstance() {
        Response response = mapper.toResponse(new ConflictException("slug", "Este endereço do portal já está em uso."));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getMediaType().getSubtype()).isEqualTo("problem+json");
        assertThat(bodyOf(response).containsKey("instance")).isFalse();
    }

    @Test
    void anUnknownEnumValueIs422NamingTheNestedFieldAndTheAcceptedValues() {
        IllegalArgumentException notAConstant = new IllegalArgumentException(
                "No enum constant br.com.clientela.clients.entity.AddressType.CASA");
        JsonbException inner = new JsonbException("Unable to deserialize property 'type' because of: "
                + notAConstant.getMessage(), notAConstant);
        JsonbException outer = new JsonbException("Unable to deserialize property 'addresses' because of: "
                + inner.getMessage(), inner);

        byte[] sent = "{\"name\":\"Casa\",\"addresses\":[{\"type\":\"MAIN\"},{\"type\":\"CASA\"}]}"
                .getBytes(StandardCharsets.UTF_8);

        JsonObject body = bodyOf(mapper.problemFor(new ProcessingException(outer), sent).toResponse("/api/v1/clients"));

        assertThat(body.getInt("status")).isEqualTo(422);
        assertThat(body.getString("title")).isEqualTo("Dados inválidos");
        JsonObject error = onlyError(body);
        assertThat(error.getString("field")).isEqualTo("addresses[1].type");
        assertThat(error.getString("message"))
                .isEqualTo("Valor desconhecido: CASA. Valores aceitos: MAIN, DELIVERY, BILLING.");
    }

    private JsonObject problemFor(Throwable failure) {
        return bodyOf(mapper.problemFor(failure).toResponse("/api/v1/test"));
    }

    private static JsonObject onlyError(JsonObject body) {
        assertThat(body.getJsonArray("errors")).hasSize(1);
        return body.getJsonArray("errors").getJsonObject(0);
    }

    /** What the container's method validation finds when StaffUserService.create is called with this body. */
    private static Set<ConstraintViolation<StaffUserService>> violationsOfCreate(NewStaffUser request)
            throws NoSuchMethodException {
        Method create = StaffUserService.class.getMethod("create", NewStaffUser.class);
        try (ValidatorFactory factory = ptBrValidatorFactory()) {
            return factory.getValidator().forExecutables()
                    .validateParameters(new StaffUserService(), create, new Object[] {request});
        }
    }

    /** Messages interpolated in pt-BR whatever the JVM's locale; nothing global is changed. */
    private static ValidatorFactory ptBrValidatorFactory() {
        Locale ptBr = Locale.forLanguageTag("pt-BR");
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        MessageInterpolator standard = configuration.getDefaultMessageInterpolator();
        // This module's tests have no JPA provider, so there are no lazy properties to ask one about.
        configuration.traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, Path.Node property, Class<?> beanType, Path path, ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, Path.Node property, Class<?> beanType, Path path,
                    ElementType type) {
                return true;
            }
        });
        return configuration.messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return standard.interpolate(template, context, ptBr);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return standard.interpolate(template, context, ptBr);
            }
        }).buildValidatorFactory();
    }
}
