package kz.mse.registry.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A Kazakhstan mobile number in any common notation; store it with {@link PhoneNumbers#toE164}. */
@Documented
@Constraint(validatedBy = KazakhMobile.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface KazakhMobile {

  String message() default "must be a Kazakhstan mobile number, e.g. +77011234567";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<KazakhMobile, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || PhoneNumbers.isKazakhMobile(value);
    }
  }
}
