package br.com.clientela.clients.boundary;

import br.com.clientela.clients.entity.Guardian;
import br.com.clientela.shared.documents.Cpf;
import br.com.clientela.shared.documents.ValidCpf;
import jakarta.validation.constraints.Size;

/** The legal guardian as typed: name and CPF (masked or not). Required for a minor, see {@link GuardianOfMinor}. */
public record GuardianInput(
        @Size(max = Guardian.NAME_MAX, message = "{clientela.size.max}")
        String name,

        @Size(max = 20, message = "{clientela.size.max}")
        @ValidCpf
        String document) {

    /** The guardian to keep, or null when nothing was typed. */
    Guardian toGuardian() {
        String typedName = AddressInput.blankToNull(name);
        String typedDocument = AddressInput.blankToNull(document);
        if (typedName == null && typedDocument == null) {
            return null;
        }
        return new Guardian(typedName, typedDocument == null ? null : Cpf.normalize(typedDocument));
    }

    boolean hasName() {
        return name != null && !name.isBlank();
    }

    boolean hasDocument() {
        return document != null && !document.isBlank();
    }
}
