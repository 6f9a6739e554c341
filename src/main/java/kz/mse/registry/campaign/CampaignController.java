package kz.mse.registry.campaign;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** API.md "Campaigns": the Committee announces, anyone authenticated reads. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @PostMapping
  @PreAuthorize("hasAuthority('committee')")
  ResponseEntity<Campaign> create(@Valid @RequestBody NewCampaign request, Principal user) {
    Campaign campaign = campaigns.create(request, user.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + campaign.id())).body(campaign);
  }

  @GetMapping("/{id}")
  Campaign get(@PathVariable String id) {
    return campaigns.get(id);
  }

  @GetMapping
  List<Campaign> list() {
    return campaigns.list();
  }
}
