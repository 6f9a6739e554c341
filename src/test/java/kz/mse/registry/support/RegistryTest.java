package kz.mse.registry.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every Spring test of the suite uses this one configuration, so the whole suite shares one
 * application context (one engine, one database). Profiles come from Surefire: {@code test}
 * (in-memory H2, job executor off, demo users) or {@code test,postgres-test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface RegistryTest {}
