package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.person;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.CLINICA_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static br.com.clientela.service.Staff.STUDIO_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.boundary.ClientDetails;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.HistoryEntry;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ClientService in the server, on PostgreSQL, called as staff of different companies. */
@ExtendWith(InContainer.class)
class ClientServiceIT {

    @EJB
    ClientService clients;

    @Test
    void invalidCpfEmailAndPhoneAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String word = uniqueWord();
        ClientInput invalid = person("Inválido " + word, "123.456.789-00", "nao-e-um-email", "123");

        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> STUDIO_ADMIN.call(() -> clients.create(invalid)));

        assertThat(refused.getConstraintViolations()).extracting(ClientServiceIT::field)
                .containsExactlyInAnyOrder("document", "email", "phone");
        assertThat(refused.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("{"));
        assertThat(STUDIO_ADMIN.call(() -> clients.countMatching(word))).isZero();
    }

    @Test
    void staffCannotChangeADocumentOnceSetAndTheClientStaysAsItWas() throws Exception {
        String word = uniqueWord();
        ClientInput input = person("Documento " + word, cpf());
        ClientDetails created = PETHOTEL_ADMIN.call(() -> clients.create(input));
        ClientInput changed = new ClientInput(input.kind(), "Trocado " + word, null, cpf(), input.email(),
                input.phone(), null, input.birthDate(), null, null, null, null, null, null, null, null, null, List.of(),
                List.of(), List.of(), null, Map.of());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> PETHOTEL_STAFF.call(() -> clients.update(created.id(), changed)));

        assertThat(refused.getField()).isEqualTo("document");
        ClientDetails after = PETHOTEL_ADMIN.call(() -> clients.find(created.id()));
        assertThat(after.name()).isEqualTo("Documento " + word);
        assertThat(after.document()).isEqualTo(input.document());
        assertThat(PETHOTEL_ADMIN.call(() -> clients.history(created.id(), 0, 100)))
                .extracting(HistoryEntry::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void aDocumentAlreadyUsedInTheCompanyIsRefusedButAnotherCompanyMayUseIt() throws Exception {
        String word = uniqueWord();
        String cpf = cpf();
        STUDIO_ADMIN.call(() -> clients.create(person("Primeira " + word, cpf)));
        String masked = cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-"
                + cpf.substring(9);

        ConflictException taken = assertThrows(ConflictException.class,
                () -> STUDIO_ADMIN.call(() -> clients.create(person("Segunda " + word, masked))));

        assertThat(taken.getField()).isEqualTo("document");
        assertThat(STUDIO_ADMIN.call(() -> clients.search(word, 0, 10))).extracting(ClientRow::name)
                .containsExactly("Primeira " + word);
        ClientDetails elsewhere = CLINICA_ADMIN.call(() -> clients.create(person("Segunda " + word, masked)));
        assertThat(elsewhere.document()).isEqualTo(cpf);
    }

    @Test
    void anUpdateWritesOneHistoryEntryPerChangedFieldWithOldAndNewValues() throws Exception {
        String word = uniqueWord();
        ClientInput input = person("Antes " + word, cpf());
        ClientDetails created = STUDIO_ADMIN.call(() -> clients.create(input));
        String newEmail = ServiceData.email();

        STUDIO_ADMIN.call(() -> clients.update(created.id(), ServiceData.renamed(input, "Depois " + word, newEmail)));

        List<HistoryEntry> history = STUDIO_ADMIN.call(() -> clients.history(created.id(), 0, 100));
        assertThat(history).extracting(HistoryEntry::action, HistoryEntry::field, HistoryEntry::oldValue,
                HistoryEntry::newValue, HistoryEntry::actor).containsExactlyInAnyOrder(
                        tuple(AuditAction.UPDATE, "name", "Antes " + word, "Depois " + word, STUDIO_ADMIN.email()),
                        tuple(AuditAction.UPDATE, "email", input.email(), newEmail, STUDIO_ADMIN.email()),
                        tuple(AuditAction.CREATE, null, null, null, STUDIO_ADMIN.email()));
        assertThat(history.get(history.size() - 1).action()).isEqualTo(AuditAction.CREATE);
        assertThat(STUDIO_ADMIN.call(() -> clients.countHistory(created.id()))).isEqualTo(3);
    }

    @Test
    void anotherCompanysClientIsNeitherFoundNorChangedNorTrashedNorListed() throws Exception {
        String word = uniqueWord();
        ClientInput input = person("Cliente do Studio " + word, cpf());
        long id = STUDIO_ADMIN.call(() -> clients.create(input)).id();

        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> clients.find(id)));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(
                () -> clients.update(id, ServiceData.renamed(input, "Invadido " + word, ServiceData.email()))));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.run(() -> clients.trash(id)));
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> clients.history(id, 0, 10)));

        assertThat(allRows(CLINICA_ADMIN)).extracting(ClientRow::id).isNotEmpty().doesNotContain(id);
        assertThat(CLINICA_ADMIN.call(() -> clients.countMatching(word))).isZero();
        ClientDetails mine = STUDIO_ADMIN.call(() -> clients.find(id));
        assertThat(mine.name()).isEqualTo("Cliente do Studio " + word);
        assertThat(STUDIO_ADMIN.call(() -> clients.countHistory(id))).isEqualTo(1);
        assertThat(allRows(STUDIO_ADMIN)).extracting(ClientRow::id).contains(id);
    }

    @Test
    void aTrashedClientLeavesTheListKeepsItsDocumentTakenAndComesBackOnRestore() throws Exception {
        String word = uniqueWord();
        String cpf = cpf();
        long id = STUDIO_ADMIN.call(() -> clients.create(person("Lixeira " + word, cpf))).id();

        STUDIO_ADMIN.run(() -> clients.trash(id));

        assertThat(STUDIO_ADMIN.call(() -> clients.search(word, 0, 10))).isEmpty();
        assertThrows(NotFoundException.class, () -> STUDIO_ADMIN.call(() -> clients.find(id)));
        assertThat(STUDIO_ADMIN.call(() -> clients.trashed(0, 100))).extracting(ClientRow::id).contains(id);
        assertThat(CLINICA_ADMIN.call(() -> clients.trashed(0, 100))).extracting(ClientRow::id).doesNotContain(id);
        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(() -> clients.restore(id)));
        assertThrows(ConflictException.class,
                () -> STUDIO_ADMIN.call(() -> clients.create(person("Outra " + word, cpf))));

        ClientDetails restored = STUDIO_ADMIN.call(() -> clients.restore(id));

        assertThat(restored.name()).isEqualTo("Lixeira " + word);
        assertThat(STUDIO_ADMIN.call(() -> clients.search(word, 0, 10))).extracting(ClientRow::id).containsExactly(id);
        assertThat(STUDIO_ADMIN.call(() -> clients.history(id, 0, 10))).extracting(HistoryEntry::action)
                .containsExactly(AuditAction.RESTORE, AuditAction.TRASH, AuditAction.CREATE);
    }

    @Test
    void onlyAnAdminDeletesATrashedClientForGoodWhichFreesItsDocument() throws Exception {
        String word = uniqueWord();
        String cpf = cpf();
        long id = PETHOTEL_STAFF.call(() -> clients.create(person("Apagar " + word, cpf))).id();
        PETHOTEL_STAFF.run(() -> clients.trash(id));

        assertThrows(EJBAccessException.class, () -> PETHOTEL_STAFF.run(() -> clients.deleteForGood(id)));
        assertThat(PETHOTEL_STAFF.call(() -> clients.trashed(0, 100))).extracting(ClientRow::id).contains(id);

        PETHOTEL_ADMIN.run(() -> clients.deleteForGood(id));

        assertThat(PETHOTEL_ADMIN.call(() -> clients.trashed(0, 100))).extracting(ClientRow::id).doesNotContain(id);
        assertThrows(NotFoundException.class, () -> PETHOTEL_ADMIN.call(() -> clients.restore(id)));
        assertThat(PETHOTEL_STAFF.call(() -> clients.create(person("De novo " + word, cpf))).document()).isEqualTo(cpf);
    }

    @Test
    void aCallWithoutASignedInStaffMemberIsRefused() {
        assertThrows(EJBAccessException.class, () -> clients.search("", 0, 10));
    }

    /** Every client the caller's list shows, page by page. */
    private List<ClientRow> allRows(Staff caller) throws Exception {
        List<ClientRow> rows = new ArrayList<>();
        List<ClientRow> page;
        do {
            int first = rows.size();
            page = caller.call(() -> clients.search("", first, 100));
            rows.addAll(page);
        } while (page.size() == 100);
        return rows;
    }

    private static String field(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
        }
        return last;
    }
}
