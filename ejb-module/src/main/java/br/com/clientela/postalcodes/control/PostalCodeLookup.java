package br.com.clientela.postalcodes.control;

import br.com.clientela.postalcodes.boundary.PostalCodeAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Asks ViaCEP, then BrasilAPI when ViaCEP fails, each with a short timeout; remembers the last few thousand
 * answers because addresses behind a CEP hardly ever change. Answers empty for a CEP that a service says does
 * not exist, and throws {@link Unavailable} when neither service could answer.
 */
@ApplicationScoped
public class PostalCodeLookup {

    private static final Logger LOG = Logger.getLogger(PostalCodeLookup.class.getName());
    private static final int REMEMBERED = 5000;

    @Inject
    @ConfigProperty(name = "clientela.cep.viacep-url", defaultValue = "https://viacep.com.br")
    String viaCepUrl;

    @Inject
    @ConfigProperty(name = "clientela.cep.brasilapi-url", defaultValue = "https://brasilapi.com.br")
    String brasilApiUrl;

    @Inject
    @ConfigProperty(name = "clientela.cep.timeout-ms", defaultValue = "2000")
    long timeoutMs;

    private ViaCep viaCep;
    private BrasilApiCep brasilApi;

    private final Map<String, PostalCodeAddress> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PostalCodeAddress> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /** Neither service answered. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @PostConstruct
    void connect() {
        viaCep = client(viaCepUrl).build(ViaCep.class);
        brasilApi = client(brasilApiUrl).build(BrasilApiCep.class);
    }

    private RestClientBuilder client(String baseUrl) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** @param cep eight digits */
    public Optional<PostalCodeAddress> find(String cep) {
        PostalCodeAddress known = remembered.get(cep);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PostalCodeAddress> found;
        try {
            found = fromViaCep(cep);
        } catch (RuntimeException viaCepFailed) {
            LOG.log(Level.WARNING, "ViaCEP did not answer for {0}: {1}", new Object[] {cep, viaCepFailed.toString()});
            try {
                found = fromBrasilApi(cep);
            } catch (RuntimeException brasilApiFailed) {
                LOG.log(Level.WARNING, "BrasilAPI did not answer for {0}: {1}",
                        new Object[] {cep, brasilApiFailed.toString()});
                throw new Unavailable();
            }
        }
        found.ifPresent(address -> remembered.put(cep, address));
        return found;
    }

    private Optional<PostalCodeAddress> fromViaCep(String cep) {
        JsonObject json = viaCep.lookup(cep);
        JsonValue error = json.get("erro");
        if (error != null && (error == JsonValue.TRUE || "true".equals(text(json, "erro")))) {
            return Optional.empty();
        }
        return Optional.of(new PostalCodeAddress(cep, text(json, "logradouro"), text(json, "bairro"),
                text(json, "localidade"), text(json, "uf"), "ViaCEP"));
    }

    private Optional<PostalCodeAddress> fromBrasilApi(String cep) {
        try {
            JsonObject json = brasilApi.lookup(cep);
            return Optional.of(new PostalCodeAddress(cep, text(json, "street"), text(json, "neighborhood"),
                    text(json, "city"), text(json, "state"), "BrasilAPI"));
        } catch (WebApplicationException answered) {
            if (answered.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw answered;
        }
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value.getValueType() == JsonValue.ValueType.STRING ? json.getString(key) : value.toString();
        return text.isBlank() ? null : text;
    }
}
