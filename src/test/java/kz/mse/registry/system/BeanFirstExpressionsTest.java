package kz.mse.registry.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.mse.registry.calendar.WorkingDays;
import kz.mse.registry.support.RegistryTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Beans resolve before variables; no variable of our models is named like a bean. */
@RegistryTest
class BeanFirstExpressionsTest {

  /**
   * Every name our models read as a process variable. A new one used in {@code bpmn/} must be
   * added here, which checks that no bean hides it.
   */
  static final Set<String> MODEL_VARIABLES = Set.of("acceptanceClosesAt", "acceptanceOpensAt",
      "approved", "complaintOutcome", "confirmExclusion", "decision", "period", "reviewOutcome",
      "source", "unassignedActs");

  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt",
      "gt", "le", "ge", "true", "false", "null", "empty", "div", "mod", "instanceof");

  @Autowired ProcessEngineConfiguration configuration;
  @Autowired ApplicationContext context;
  @Autowired WorkingDays workingDays;

  @Test
  void theEngineUsesTheBeanFirstManager() {
    assertThat(((ProcessEngineConfigurationImpl) configuration).getExpressionManager())
        .isInstanceOf(BeanFirstExpressions.Manager.class);
  }

  @Test
  void aBeanNameIsResolvedWithoutAskingTheScopeForVariables() {
    List<String> asked = new ArrayList<>();
    VariableScope scope = scope(Map.of("reviewOutcome", "ACCEPT"), asked);

    assertThat(evaluate("${workingDays}", scope)).isSameAs(workingDays);
    assertThat(asked).isEmpty();
    assertThat(evaluate("${reviewOutcome == 'ACCEPT'}", scope)).isEqualTo(true);
    assertThat(asked).isNotEmpty();
  }

  @Test
  void everyNameInTheModelsIsABeanOrAKnownVariableAndNoVariableIsABean() throws IOException {
    Set<String> unknown = new TreeSet<>();
    for (String name : rootNamesInModels()) {
      if (!context.containsBean(name) && !MODEL_VARIABLES.contains(name)
          && !BeanFirstExpressions.ENGINE_NAMES.contains(name)) {
        unknown.add(name);
      }
    }
    assertThat(unknown).as("names in bpmn/ that are neither beans nor in MODEL_VARIABLES")
        .isEmpty();
    assertThat(MODEL_VARIABLES).noneMatch(context::containsBean);
    assertThat(BeanFirstExpressions.ENGINE_NAMES).noneMatch(context::containsBean);
  }

  private Object evaluate(String expression, VariableScope scope) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
    return engine.getCommandExecutorTxRequired().execute(commandContext ->
        engine.getExpressionManager().createExpression(expression).getValue(scope));
  }

  /** A variable scope over a map that records every question asked of it. */
  private static VariableScope scope(Map<String, Object> variables, List<String> asked) {
    return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
        new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
          asked.add(method.getName());
          return switch (method.getName()) {
            case "hasVariable" -> variables.containsKey((String) args[0]);
            case "getVariable" -> variables.get((String) args[0]);
            case "getVariableScopeKey" -> "test";
            default -> null;
          };
        });
  }

  /**
   * The first name of every expression path in bpmn/*.bpmn ({@code a} and {@code c} of
   * {@code a.b(c)}), without the engine's functions such as {@code now()}.
   */
  static Set<String> rootNamesInModels() throws IOException {
    Pattern expression = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
    Pattern root = Pattern.compile("(?<![.\\w])([A-Za-z_]\\w*+)(?!\\s*\\()"); // not now()
    Set<String> names = new TreeSet<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = expression.matcher(Files.readString(model));
        while (m.find()) {
          String code = m.group(1).replaceAll("&quot;.*?&quot;|\"[^\"]*\"|'[^']*'", "");
          Matcher r = root.matcher(code);
          while (r.find()) {
            if (!EL_WORDS.contains(r.group(1))) {
              names.add(r.group(1));
            }
          }
        }
      }
    }
    return names;
  }
}
