package kz.mse.registry.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Kazakhstan individual identification number: 12 digits with a valid check digit. */
@Documented
@Constraint(validatedBy = Iin.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Iin {

  String message() default "must be a valid 12-digit IIN (checksum failed)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Null is left to {@code @NotNull}. */
  class Validator implements ConstraintValidator<Iin, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || IinNumbers.isValid(value);
    }
  }
}
