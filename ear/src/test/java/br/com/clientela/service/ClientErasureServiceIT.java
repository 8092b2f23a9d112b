package br.com.clientela.service;

import static br.com.clientela.service.ServiceData.cpf;
import static br.com.clientela.service.ServiceData.uniqueWord;
import static br.com.clientela.service.Staff.PETHOTEL_ADMIN;
import static br.com.clientela.service.Staff.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import br.com.clientela.audit.entity.AuditAction;
import br.com.clientela.clients.boundary.ClientInput;
import br.com.clientela.clients.boundary.ClientRow;
import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.clients.boundary.Erasure;
import br.com.clientela.clients.boundary.TrashPurge;
import br.com.clientela.clients.control.ClientErasure;
import br.com.clientela.invoices.boundary.InvoiceDetails;
import br.com.clientela.invoices.boundary.InvoiceInput;
import br.com.clientela.invoices.boundary.InvoiceService;
import br.com.clientela.invoices.boundary.PaymentInput;
import br.com.clientela.invoices.entity.InvoiceStatus;
import br.com.clientela.lines.boundary.LineInput;
import br.com.clientela.payments.entity.PaymentMethod;
import br.com.clientela.shared.NotFoundException;
import br.com.clientela.wallet.boundary.WalletService;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Money records are never deleted with their client, on PostgreSQL in the server: the nightly purge and "excluir
 * definitivamente" anonymise a client who has invoices, payments or a wallet ledger — the invoices keep their
 * numbers and payments, the numbering goes on without a hole — and still delete for good a client who has none.
 */
@ExtendWith(InContainer.class)
class ClientErasureServiceIT {

    @EJB
    ClientService clients;

    @EJB
    InvoiceService invoices;

    @EJB
    WalletService wallets;

    @EJB
    TrashPurge purge;

    @Test
    void thePurgeAnonymisesAClientWithInvoicesAndKeepsInvoicesPaymentsAndNumbering() throws Exception {
        String word = uniqueWord();
        ClientInput input = ServiceData.person("Fiscal " + word, cpf());
        Long id = PETHOTEL_STAFF.call(() -> clients.create(input)).id();
        // A change, so the history holds personal values too (the old and new name and e-mail).
        PETHOTEL_STAFF.call(() -> clients.update(id, ServiceData.renamed(input, "Fiscal " + word + " Souza",
                ServiceData.email())));
        InvoiceDetails paid = PETHOTEL_STAFF.call(() -> invoices.issue(invoice(id, "120.00")));
        PETHOTEL_STAFF.call(() -> invoices.pay(paid.id(), new PaymentInput(new BigDecimal("120.00"),
                PaymentMethod.CASH, null, null, UUID.randomUUID().toString())));
        InvoiceDetails open = PETHOTEL_STAFF.call(() -> invoices.issue(invoice(id, "80.00")));
        assertThat(open.number()).isEqualTo(paid.number() + 1);
        PETHOTEL_STAFF.run(() -> clients.trash(id));
        // Trashed long ago: the purge's cutoff below reaches this client and no other test's.
        sql("update client set deleted_at = ? where id = ?", LocalDateTime.of(2001, 1, 1, 0, 0), id);

        int purged = purge.purge(companyOf(id), LocalDateTime.of(2001, 1, 2, 0, 0));

        assertThat(purged).isEqualTo(1);
        // The invoices are all there, with their numbers, totals, status and payment.
        InvoiceDetails paidAfter = PETHOTEL_STAFF.call(() -> invoices.find(paid.id()));
        assertThat(paidAfter.number()).isEqualTo(paid.number());
        assertThat(paidAfter.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paidAfter.total()).isEqualByComparingTo("120.00");
        assertThat(paidAfter.payments()).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("120.00"));
        assertThat(paidAfter.clientName()).isEqualTo("Cliente anonimizado #" + id);
        InvoiceDetails openAfter = PETHOTEL_STAFF.call(() -> invoices.find(open.id()));
        assertThat(openAfter.number()).isEqualTo(open.number());
        assertThat(openAfter.amountDue()).isEqualByComparingTo("80.00");
        // The numbering goes on from the last number: no hole behind, none ahead.
        Long other = PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Seguinte " + word, cpf()))).id();
        long next = PETHOTEL_STAFF.call(() -> invoices.issue(invoice(other, "10.00"))).number();
        assertThat(count("select count(*) from invoice where company_id = ? and number between ? and ?",
                companyOf(id), paid.number(), next)).isEqualTo(next - paid.number() + 1);
        // The client is anonymised: no personal data, in no list, search or trash, the history says so.
        assertAnonymised(id, "Fiscal " + word);
        assertThat(PETHOTEL_STAFF.call(() -> clients.history(id, 0, 10))).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ANONYMISE);
            assertThat(entry.actor()).isEqualTo("sistema (lixeira)");
        });
        assertThat(PETHOTEL_STAFF.call(() -> clients.history(id, 0, 50))).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.oldValue()).isNull();
            assertThat(entry.newValue()).isNull();
        });
    }

    @Test
    void deleteForGoodAnonymisesAClientWithAWalletLedgerAndDeletesOneWithNoMoneyRecords() throws Exception {
        String word = uniqueWord();
        Long withWallet = PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Carteira " + word, cpf()))).id();
        PETHOTEL_STAFF.call(() -> wallets.credit(withWallet, new BigDecimal("25.00"), PaymentMethod.PIX, null,
                UUID.randomUUID().toString()));
        Long plain = PETHOTEL_STAFF.call(() -> clients.create(ServiceData.person("Sem dinheiro " + word, cpf()))).id();
        PETHOTEL_STAFF.run(() -> clients.trash(withWallet));
        PETHOTEL_STAFF.run(() -> clients.trash(plain));

        Erasure anonymised = PETHOTEL_ADMIN.call(() -> clients.deleteForGood(withWallet));
        Erasure deleted = PETHOTEL_ADMIN.call(() -> clients.deleteForGood(plain));

        assertThat(anonymised.outcome()).isEqualTo(ClientErasure.Outcome.ANONYMISED);
        assertThat(anonymised.message()).contains("Cliente anonimizado #" + withWallet).contains("lei exige guardar");
        assertAnonymised(withWallet, "Carteira " + word);
        assertThat(count("select count(*) from wallet_entry e join wallet w on w.id = e.wallet_id"
                + " where w.client_id = ?", withWallet)).isEqualTo(1);
        assertThat(count("select count(*) from money_transaction where client_id = ?", withWallet)).isEqualTo(1);
        assertThat(deleted.outcome()).isEqualTo(ClientErasure.Outcome.DELETED);
        assertThat(count("select count(*) from client where id = ?", plain)).isZero();
        // Gone from the trash: neither can be deleted again nor restored.
        assertThrows(NotFoundException.class, () -> PETHOTEL_ADMIN.call(() -> clients.deleteForGood(withWallet)));
        assertThrows(NotFoundException.class, () -> PETHOTEL_ADMIN.call(() -> clients.deleteForGood(plain)));
    }

    private void assertAnonymised(Long id, String formerName) throws Exception {
        try (Connection db = database().getConnection();
                PreparedStatement query = db.prepareStatement("select name, document, email, phone, birth_date,"
                        + " observations, anonymised_at, status from client where id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).isEqualTo("Cliente anonimizado #" + id);
                assertThat(row.getString("document")).isNull();
                assertThat(row.getString("email")).isNull();
                assertThat(row.getString("phone")).isNull();
                assertThat(row.getObject("birth_date")).isNull();
                assertThat(row.getString("observations")).isNull();
                assertThat(row.getObject("anonymised_at")).isNotNull();
                assertThat(row.getString("status")).isEqualTo("INACTIVE");
            }
        }
        assertThat(count("select count(*) from address where client_id = ?", id)).isZero();
        assertThrows(NotFoundException.class, () -> PETHOTEL_STAFF.call(() -> clients.find(id)));
        assertThrows(NotFoundException.class, () -> PETHOTEL_STAFF.call(() -> clients.restore(id)));
        assertThat(PETHOTEL_STAFF.call(() -> clients.trashed(0, 100))).extracting(ClientRow::id).doesNotContain(id);
        assertThat(PETHOTEL_STAFF.call(() -> clients.search(formerName, 0, 20))).extracting(ClientRow::id)
                .doesNotContain(id);
        assertThat(PETHOTEL_STAFF.call(() -> clients.search("anonimizado", 0, 100))).extracting(ClientRow::id)
                .doesNotContain(id);
    }

    private static InvoiceInput invoice(Long client, String amount) {
        return InvoiceInput.of(client, LocalDate.now(), LocalDate.now().plusDays(10), null,
                List.of(LineInput.free("Hospedagem", BigDecimal.ONE, new BigDecimal(amount), null)));
    }

    private static long companyOf(Long clientId) throws Exception {
        try (Connection db = database().getConnection();
                PreparedStatement query = db.prepareStatement("select company_id from client where id = ?")) {
            query.setLong(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = database().getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void sql(String sql, Object... parameters) throws SQLException, NamingException {
        try (Connection db = database().getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static DataSource database() throws NamingException {
        return InitialContext.doLookup("jdbc/clientela");
    }
}
