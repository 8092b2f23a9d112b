package br.com.clientela.backoffice.clients;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.alerts.boundary.AlertService;
import br.com.clientela.clients.control.ClientSnapshot;
import br.com.clientela.clients.entity.Client;
import br.com.clientela.clients.entity.ClientKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field the history records has a name people read, in each language of the back office. */
class HistoryLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_pt_BR", "messages_en", "messages"})
    void everyAuditedClientFieldHasALabel(String file) throws IOException {
        // Each file on its own: through ResourceBundle a label missing in English would hide behind the default.
        Properties bundle = new Properties();
        try (var in = getClass().getResourceAsStream("/i18n/" + file + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> fields = new HashSet<>(ClientSnapshot.of(new Client(ClientKind.PERSON, "Ana")).keySet());
        fields.add("groups"); // written by the groups feature when membership changes
        fields.add(AlertService.FIELD); // written by the alerts feature

        assertThat(fields).allSatisfy(field -> assertThat(bundle.containsKey("clientHistory.field." + field))
                .as("clientHistory.field.%s in %s", field, file).isTrue());
    }
}
