package br.com.clientela.clients.boundary;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import br.com.clientela.clients.entity.ClientKind;
import br.com.clientela.clients.entity.Guardian;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A person under 18 (by the birth date) has a legal guardian with name and CPF; each missing part is reported
 * on its own field ({@code guardian.name}, {@code guardian.document}) with every other invalid field.
 */
@Documented
@Constraint(validatedBy = GuardianOfMinor.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface GuardianOfMinor {

    String message() default "{clientela.guardian.name.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GuardianOfMinor, ClientInput> {
        @Override
        public boolean isValid(ClientInput input, ConstraintValidatorContext context) {
            if (input == null || input.kind() != ClientKind.PERSON
                    || !Guardian.isMinor(input.birthDate(), LocalDate.now())) {
                return true;
            }
            GuardianInput guardian = input.guardian();
            boolean name = guardian != null && guardian.hasName();
            boolean document = guardian != null && guardian.hasDocument();
            if (name && document) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            if (!name) {
                context.buildConstraintViolationWithTemplate("{clientela.guardian.name.required}")
                        .addPropertyNode("guardian").addPropertyNode("name").addConstraintViolation();
            }
            if (!document) {
                context.buildConstraintViolationWithTemplate("{clientela.guardian.document.required}")
                        .addPropertyNode("guardian").addPropertyNode("document").addConstraintViolation();
            }
            return false;
        }
    }
}
