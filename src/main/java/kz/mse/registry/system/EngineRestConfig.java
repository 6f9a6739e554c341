package kz.mse.registry.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Engine REST with one addition: a task completion our task listeners reject (e.g. REFUSE
 * without reasons) answers 400 naming the field, not 500. The engine wraps a listener's
 * exception before engine-rest sees it, so the mapper looks through the causes.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InvalidTaskVariablesMapper.class);
  }

  @Priority(1)
  public static class InvalidTaskVariablesMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException invalid) {
          return badRequest(invalid);
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Response badRequest(FormFieldValidationException invalid) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", invalid.getMessage());
      body.put("field", String.valueOf((Object) invalid.getDetail()));
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
  }
}
