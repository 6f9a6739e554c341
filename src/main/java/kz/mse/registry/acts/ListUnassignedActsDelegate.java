package kz.mse.registry.acts;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the acts nobody could take into the Committee's form, as a Markdown table. */
@Component
class ListUnassignedActsDelegate implements JavaDelegate {

  private final ActService acts;

  ListUnassignedActsDelegate(ActService acts) {
    this.acts = acts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ActService.Act> unassigned = acts.unassigned();
    StringBuilder table = new StringBuilder("| Act | ICD-10 | received | due |\n|---|---|---|---|\n");
    for (ActService.Act act : unassigned) {
      table.append("| ").append(act.actId()).append(" | ").append(act.nosology()).append(" | ")
          .append(act.receivedOn()).append(" | ").append(act.dueOn()).append(" |\n");
    }
    execution.setVariable("unassignedActs", unassigned.size());
    execution.setVariable("unassignedActsMarkdown", table.toString());
  }
}
