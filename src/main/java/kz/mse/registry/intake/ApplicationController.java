package kz.mse.registry.intake;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final ApplicationService service;

  ApplicationController(ApplicationService service) {
    this.service = service;
  }

  @PostMapping
  @PreAuthorize("hasAuthority('portal')")
  ResponseEntity<Application> submit(@Valid @RequestBody NewApplication request) {
    Application created = service.submit(request);
    return ResponseEntity.created(URI.create("/api/applications/" + created.id()))
        .body(created);
  }

  @GetMapping("/{id}")
  @PreAuthorize("hasAuthority('committee') or hasAuthority('portal')")
  Application get(@PathVariable String id) {
    return service.get(id);
  }

  @GetMapping("/{id}/documents/{documentId}")
  @PreAuthorize("hasAuthority('committee')")
  ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable long documentId) {
    ApplicationRepository.StoredFile file = service.file(id, documentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.fileName() == null ? "document-" + documentId : file.fileName(),
                java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(file.content());
  }
}
