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

/** A Kazakhstan phone number, landline or mobile, in any common notation. */
@Documented
@Constraint(validatedBy = KazakhPhone.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface KazakhPhone {

  String message() default "must be a Kazakhstan phone number such as +7 7172 74 39 65";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KazakhPhone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || PhoneNumbers.isKazakhNumber(value);
    }
  }
}
