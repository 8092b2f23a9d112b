package br.com.clientela.shared.money;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.math.BigDecimal;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A typed amount in reais: at most two decimals and {@link Money#MAX_INTEGER_DIGITS} digits before the comma,
 * refused rather than rounded (see {@link Money}). Null is left to {@code @NotNull}; the sign to
 * {@code @DecimalMin} where negatives make no sense. Unlike {@code @Digits}, zeros after the cents do not count
 * ({@code 150.500} is 150,50, as {@link Money#exact} sees it), so the annotation and the service agree.
 */
@Documented
@Constraint(validatedBy = ValidAmount.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface ValidAmount {

    String message() default "{clientela.money.amount}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidAmount, BigDecimal> {
        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || Money.isTypedAmount(value);
        }
    }
}
