package kz.mse.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MseRegistryApplication {

  public static void main(String[] args) {
    // Timer cycles (e.g. the evaluation on the 5th, 00:00 Almaty = 19:00 UTC on the 4th) are
    // written in UTC; deadlines use Asia/Almaty explicitly, whatever the machine's zone.
    java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
    SpringApplication.run(MseRegistryApplication.class, args);
  }
}
