package kz.mse.registry.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Every Spring test of the suite uses this one configuration, so the whole suite shares one
 * application context (one engine, one database). Profiles come from Surefire: {@code test}
 * (in-memory H2, job executor off, demo users) or {@code test,postgres-test}. Process coverage
 * reports (camunda-process-test-coverage) land in target/process-test-coverage/; each model's
 * process test enforces full coverage with {@link ProcessCoverage}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverage.class})
public @interface RegistryTest {}
