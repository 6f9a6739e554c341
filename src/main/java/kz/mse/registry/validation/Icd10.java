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

/** An ICD-10 code: a category such as {@code C50} or a subcategory such as {@code C50.9}. */
@Documented
@Constraint(validatedBy = Icd10.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Icd10 {

  String message() default "must be an ICD-10 code such as C50 or C50.9";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<Icd10, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || Icd10Codes.isValid(value);
    }
  }
}
