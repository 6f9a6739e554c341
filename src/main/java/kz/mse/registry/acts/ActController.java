package kz.mse.registry.acts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.mse.registry.registry.RegistryService;
import kz.mse.registry.system.ApiException;
import kz.mse.registry.validation.Icd10;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Draft MSE acts and redistribution" (R393-14). */
@RestController
class ActController {

  record NewAct(@NotBlank @Size(max = 64) String actId, @NotBlank @Icd10 String nosology,
      LocalDate receivedOn) {}

  record Decision(@NotNull LocalDate decidedOn) {}

  record SickLeave(@NotNull LocalDate from, @NotNull LocalDate to) {}

  record ExpertAct(String actId, String nosology, LocalDate receivedOn, LocalDate dueOn) {}

  private final ActService acts;
  private final SickLeaveService sickLeaves;
  private final RegistryService registry;

  ActController(ActService acts, SickLeaveService sickLeaves, RegistryService registry) {
    this.acts = acts;
    this.sickLeaves = sickLeaves;
    this.registry = registry;
  }

  @PostMapping("/api/acts")
  @PreAuthorize("hasAuthority('integration')")
  @ResponseStatus(HttpStatus.CREATED)
  ActService.Act receive(@Valid @RequestBody NewAct act) {
    return acts.receive(act.actId(), act.nosology(), act.receivedOn());
  }

  @PostMapping("/api/acts/{actId}/decision")
  @PreAuthorize("hasAuthority('integration')")
  ActService.Act decide(@PathVariable String actId, @Valid @RequestBody Decision decision) {
    return acts.decide(actId, decision.decidedOn());
  }

  @GetMapping("/api/acts/overdue")
  @PreAuthorize("hasAuthority('committee')")
  List<ActService.Act> overdue() {
    return acts.overdue();
  }

  @GetMapping("/api/acts/unassigned")
  @PreAuthorize("hasAuthority('committee')")
  List<ActService.Act> unassigned() {
    return acts.unassigned();
  }

  @GetMapping("/api/experts/{iin}/acts")
  @PreAuthorize("hasAuthority('committee')")
  List<ExpertAct> ofExpert(@PathVariable String iin) {
    if (registry.findLatest(iin).isEmpty()) {
      throw ApiException.notFound("No expert with IIN " + iin + " in the registry");
    }
    return acts.undecidedOf(iin).stream()
        .map(a -> new ExpertAct(a.actId(), a.nosology(), a.receivedOn(), a.dueOn())).toList();
  }

  @PostMapping("/api/experts/{iin}/sick-leaves")
  @PreAuthorize("hasAuthority('committee') or hasAuthority('portal')")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> sickLeave(@PathVariable String iin, @Valid @RequestBody SickLeave leave) {
    if (leave.to().isBefore(leave.from())) {
      throw ApiException.badInput("to", "must not be before from");
    }
    int moved = sickLeaves.start(iin, leave.from(), leave.to());
    return Map.of("iin", iin, "from", leave.from().toString(), "to", leave.to().toString(),
        "actsRedistributed", moved);
  }
}
