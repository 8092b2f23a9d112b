package br.com.clientela.customfields.boundary;

import br.com.clientela.audit.control.RecordVersions;
import br.com.clientela.customfields.entity.CustomField;
import br.com.clientela.customfields.entity.CustomFieldType;
import br.com.clientela.shared.ConflictException;
import br.com.clientela.shared.InvalidInputException;
import br.com.clientela.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The company's custom fields of the client record: every staff member reads them (the client form needs
 * them), only an ADMIN defines them. A company has at most {@value #MAX_FIELDS}, so listing them all is
 * bounded. Deleting a field for good takes its values with it; deactivating keeps them.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
public class CustomFieldService {

    static final int MAX_FIELDS = 50;

    @PersistenceContext(unitName = "clientela")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    RecordVersions versions;

    /** Every field, active or not, in form order. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<CustomFieldRow> list() {
        return em.createQuery("select f from CustomField f order by f.position, f.id", CustomField.class)
                .getResultStream().map(CustomFieldRow::of).toList();
    }

    /** The fields the client form shows, in order. */
    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public List<CustomFieldRow> active() {
        return em.createQuery("select f from CustomField f where f.active = true order by f.position, f.id",
                CustomField.class).getResultStream().map(CustomFieldRow::of).toList();
    }

    @RolesAllowed({"ADMIN", "MANAGER", "STAFF"})
    public CustomFieldRow find(@NotNull Long id) {
        return CustomFieldRow.of(load(id));
    }

    @RolesAllowed("ADMIN")
    public CustomFieldRow create(@NotNull(message = "{clientela.body.required}") @Valid CustomFieldInput input) {
        long count = em.createQuery("select count(f) from CustomField f", Long.class).getSingleResult();
        if (count >= MAX_FIELDS) {
            throw new InvalidInputException("label", "A empresa já tem o máximo de " + MAX_FIELDS
                    + " campos personalizados.");
        }
        String key = input.key() == null || input.key().isBlank() ? keyFrom(input.label()) : input.key();
        boolean taken = em.createQuery("select count(f) from CustomField f where f.key = :key", Long.class)
                .setParameter("key", key).getSingleResult() > 0;
        if (taken) {
            throw new ConflictException("key", "Já existe um campo personalizado com a chave \"" + key + "\".");
        }
        CustomField field = new CustomField(key, input.label().trim(), input.type());
        apply(input, field, (int) count);
        em.persist(field);
        em.flush();
        return CustomFieldRow.of(field);
    }

    /** Changes label, options, required, active and position; the type only while no client has a value. */
    @RolesAllowed("ADMIN")
    public CustomFieldRow update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid CustomFieldInput input) {
        return update(id, input, null);
    }

    /** Like {@link #update(Long, CustomFieldInput)}, refusing a change based on an old version (null: any). */
    @RolesAllowed("ADMIN")
    public CustomFieldRow update(@NotNull Long id,
            @NotNull(message = "{clientela.body.required}") @Valid CustomFieldInput input, Long expectedVersion) {
        CustomField field = load(id);
        versions.claim(field, "CustomField", id, field.getVersion(), expectedVersion,
                session.getCallerPrincipal().getName());
        if (field.getType() != input.type() && hasValues(field)) {
            throw new InvalidInputException("type",
                    "Não é possível mudar o tipo de um campo que já tem valores preenchidos em clientes.");
        }
        field.setLabel(input.label().trim());
        field.setType(input.type());
        apply(input, field, field.getPosition());
        em.flush();
        return CustomFieldRow.of(field);
    }

    /** Takes the field off the client form; its values are kept for when it is turned on again. */
    @RolesAllowed("ADMIN")
    public CustomFieldRow deactivate(@NotNull Long id) {
        CustomField field = load(id);
        field.setActive(false);
        return CustomFieldRow.of(field);
    }

    @RolesAllowed("ADMIN")
    public CustomFieldRow activate(@NotNull Long id) {
        CustomField field = load(id);
        field.setActive(true);
        return CustomFieldRow.of(field);
    }

    /** Deletes the field and every client's value of it. */
    @RolesAllowed("ADMIN")
    public void delete(@NotNull Long id) {
        CustomField field = load(id);
        em.createQuery("delete from CustomFieldValue v where v.field = :field").setParameter("field", field)
                .executeUpdate();
        em.remove(field);
    }

    private void apply(CustomFieldInput input, CustomField field, int defaultPosition) {
        List<String> options = new ArrayList<>();
        if (input.type() == CustomFieldType.CHOICE) {
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            if (input.options() != null) {
                input.options().stream().map(String::trim).forEach(distinct::add);
            }
            if (distinct.isEmpty()) {
                throw new InvalidInputException("options", "Informe ao menos uma opção para um campo de escolha.");
            }
            options.addAll(distinct);
        }
        field.setOptions(options);
        field.setRequired(input.required());
        field.setActive(input.active() == null || input.active());
        field.setPosition(input.position() == null ? defaultPosition : input.position());
    }

    private boolean hasValues(CustomField field) {
        return em.createQuery("select count(v) from CustomFieldValue v where v.field = :field", Long.class)
                .setParameter("field", field).getSingleResult() > 0;
    }

    /** "Porte do pet" → "porte_do_pet": accents and symbols dropped, lower case, at most 40 characters. */
    static String keyFrom(String label) {
        String ascii = Normalizer.normalize(label.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (ascii.isEmpty() || !Character.isLetter(ascii.charAt(0))) {
            ascii = ascii.isEmpty() ? "campo" : "campo_" + ascii;
        }
        return ascii.length() > CustomField.KEY_MAX ? ascii.substring(0, CustomField.KEY_MAX).replaceAll("_+$", "")
                : ascii;
    }

    private CustomField load(Long id) {
        return em.createQuery("select f from CustomField f where f.id = :id", CustomField.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Campo personalizado não encontrado."));
    }
}
