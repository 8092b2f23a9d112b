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

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.HistoryEntry;
import br.com.clientela.groups.boundary.GroupInput;
import br.com.clientela.groups.boundary.GroupRow;
import br.com.clientela.groups.boundary.GroupService;
import br.com.clientela.groups.boundary.Membership;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GroupService in the server, on PostgreSQL, called as staff of different companies. */
@ExtendWith(InContainer.class)
class GroupServiceIT {

    @EJB
    GroupService groups;

    @EJB
    ClientService clients;

    @Test
    void aGroupNameIsUniqueInTheCompanyIgnoringCaseButFreeInAnother() throws Exception {
        String name = "VIP " + uniqueWord();
        STUDIO_ADMIN.call(() -> groups.create(new GroupInput(name)));

        ConflictException taken = assertThrows(ConflictException.class,
                () -> STUDIO_ADMIN.call(() -> groups.create(new GroupInput(name.toLowerCase()))));

        assertThat(taken.getField()).isEqualTo("name");
        assertThat(STUDIO_ADMIN.call(groups::list)).extracting(GroupRow::name).containsOnlyOnce(name)
                .doesNotContain(name.toLowerCase());
        assertThat(CLINICA_ADMIN.call(() -> groups.create(new GroupInput(name))).name()).isEqualTo(name);
    }

    @Test
    void aBlankNameIsRefusedOnItsFieldAndNoGroupIsMade() throws Exception {
        int before = STUDIO_ADMIN.call(groups::list).size();

        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> STUDIO_ADMIN.call(() -> groups.create(new GroupInput("  "))));

        assertThat(refused.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                .singleElement().asString().endsWith(".name");
        assertThat(STUDIO_ADMIN.call(groups::list)).hasSize(before);
    }

    @Test
    void addingAndRemovingClientsCountsMembersAndGoesIntoEachClientsHistory() throws Exception {
        String word = uniqueWord();
        long ana = STUDIO_ADMIN.call(() -> clients.create(person("Ana " + word, cpf()))).id();
        long bia = STUDIO_ADMIN.call(() -> clients.create(person("Bia " + word, cpf()))).id();
        String name = "Mensalistas " + word;
        long group = STUDIO_ADMIN.call(() -> groups.create(new GroupInput(name))).id();

        GroupRow filled = STUDIO_ADMIN.call(() -> groups.addClients(group, new Membership(List.of(ana, bia, ana))));
        GroupRow emptied = STUDIO_ADMIN.call(() -> groups.removeClients(group, new Membership(List.of(bia))));

        assertThat(filled.members()).isEqualTo(2);
        assertThat(emptied.members()).isEqualTo(1);
        assertThat(STUDIO_ADMIN.call(() -> clients.find(ana)).groups()).extracting(g -> g.name()).containsExactly(name);
        assertThat(STUDIO_ADMIN.call(() -> clients.find(bia)).groups()).isEmpty();
        assertThat(STUDIO_ADMIN.call(() -> clients.history(bia, 0, 10)))
                .filteredOn(entry -> "groups".equals(entry.field()))
                .extracting(HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::actor)
                .containsExactly(tuple(name, "", STUDIO_ADMIN.email()), tuple("", "+ " + name, STUDIO_ADMIN.email()));
    }

    @Test
    void anotherCompanysClientCannotBePutInAGroupAndNothingChanges() throws Exception {
        String word = uniqueWord();
        long studioClient = STUDIO_ADMIN.call(() -> clients.create(person("Do Studio " + word, cpf()))).id();
        long clinicaClient = CLINICA_ADMIN.call(() -> clients.create(person("Da Clínica " + word, cpf()))).id();
        long clinicaGroup = CLINICA_ADMIN.call(() -> groups.create(new GroupInput("Grupo " + word))).id();

        assertThrows(NotFoundException.class, () -> CLINICA_ADMIN.call(
                () -> groups.addClients(clinicaGroup, new Membership(List.of(clinicaClient, studioClient)))));
        assertThrows(NotFoundException.class, () -> STUDIO_ADMIN.call(
                () -> groups.addClients(clinicaGroup, new Membership(List.of(studioClient)))));

        assertThat(CLINICA_ADMIN.call(groups::list)).filteredOn(g -> g.id().equals(clinicaGroup))
                .extracting(GroupRow::members).containsExactly(0L);
        assertThat(CLINICA_ADMIN.call(() -> clients.find(clinicaClient)).groups()).isEmpty();
        assertThat(STUDIO_ADMIN.call(() -> clients.find(studioClient)).groups()).isEmpty();
        assertThat(STUDIO_ADMIN.call(groups::list)).extracting(GroupRow::id).doesNotContain(clinicaGroup);
    }

    @Test
    void staffCannotDeleteAGroupButAnAdminCan() throws Exception {
        long group = PETHOTEL_ADMIN.call(() -> groups.create(new GroupInput("Temporário " + uniqueWord()))).id();

        assertThrows(EJBAccessException.class, () -> PETHOTEL_STAFF.run(() -> groups.delete(group)));
        assertThat(PETHOTEL_STAFF.call(groups::list)).extracting(GroupRow::id).contains(group);

        PETHOTEL_ADMIN.run(() -> groups.delete(group));
        assertThat(PETHOTEL_ADMIN.call(groups::list)).extracting(GroupRow::id).doesNotContain(group);
    }
}
