package br.com.clientela.clients.boundary;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.shared.documents.Cnpj;
import br.com.clientela.shared.documents.Cpf;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The document is a valid CPF for a person and a valid CNPJ for an organisation, reported on the
 * {@code document} field together with every other invalid field.
 */
@Documented
@Constraint(validatedBy = DocumentOfKind.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DocumentOfKind {

    String message() default "{clientela.cpf.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DocumentOfKind, ClientInput> {
        @Override
        public boolean isValid(ClientInput input, ConstraintValidatorContext context) {
            if (input == null || input.kind() == null || input.document() == null || input.document().isBlank()) {
                return true;
            }
            boolean person = input.kind() == ClientKind.PERSON;
            if (person ? Cpf.isValid(input.document()) : Cnpj.isValid(input.document())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(person ? "{clientela.cpf.invalid}" : "{clientela.cnpj.invalid}")
                    .addPropertyNode("document")
                    .addConstraintViolation();
            return false;
        }
    }
}
