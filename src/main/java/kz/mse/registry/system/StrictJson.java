package kz.mse.registry.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import kz.mse.registry.validation.PlainText;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's JSON is read strictly, so that what is stored is what the caller meant:
 * <ul>
 *   <li>a text field takes a JSON string only: {@code "lastName": 12345} or {@code true} is a
 *       400, not the text "12345";</li>
 *   <li>a date or a moment is an ISO string only: {@code 12345} (an epoch day or second) or
 *       {@code [2026, 1, 5]} is a 400;</li>
 *   <li>no text holds a control character other than tab, line feed and carriage return: a NUL
 *       would be refused by PostgreSQL as a 500 and others garble SMS and PDFs.</li>
 * </ul>
 * The engine's REST API has its own object mapper and is not affected.
 */
@Configuration
class StrictJson {

  /** Spring Boot registers every {@code Module} bean with its object mapper. */
  @Bean
  SimpleModule textWithoutControlCharacters() {
    return new SimpleModule("strict-text-and-dates")
        .addDeserializer(String.class, new TextWithoutControls())
        .addDeserializer(LocalDate.class,
            new IsoStringOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE, "date",
                text -> true))
        // JSR-310 reads a quoted number ("1796279331") as epoch seconds: a moment has its 'T'
        .addDeserializer(OffsetDateTime.class, new IsoStringOnly<>(OffsetDateTime.class,
            InstantDeserializer.OFFSET_DATE_TIME, "date-time", text -> text.indexOf('T') > 0));
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonInput() {
    return builder -> builder.postConfigurer(mapper -> {
      mapper.setDefaultLeniency(false);
      mapper.coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    });
  }

  /** Raised for a string with a control character; the problem body names the field. */
  static final class ControlCharacterException extends JsonMappingException {
    ControlCharacterException(JsonParser parser) {
      super(parser, "must not contain control characters");
    }
  }

  private static final class TextWithoutControls extends StdScalarDeserializer<String> {

    TextWithoutControls() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null && PlainText.hasControlCharacter(text)) {
        throw new ControlCharacterException(parser);
      }
      return text;
    }
  }

  /**
   * JSR-310 would also take {@code [2026, 1, 5]} for a date and a number of seconds for a
   * moment; a date or a moment of the API is an ISO-8601 string of its shape.
   */
  private static final class IsoStringOnly<T> extends StdScalarDeserializer<T> {

    private final transient JsonDeserializer<T> iso;
    private final String expected;
    private final transient Predicate<String> shape;

    IsoStringOnly(Class<T> type, JsonDeserializer<T> iso, String expected,
        Predicate<String> shape) {
      super(type);
      this.iso = iso;
      this.expected = expected;
      this.shape = shape;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return (T) context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText().trim();
      if (!shape.test(text)) {
        return (T) context.handleWeirdStringValue(handledType(), text,
            "not an ISO-8601 " + expected);
      }
      return iso.deserialize(parser, context);
    }
  }
}
