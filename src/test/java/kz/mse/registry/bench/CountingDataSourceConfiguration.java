package kz.mse.registry.bench;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Wraps the application's DataSource so that {@link StatementCounter} sees every statement. */
@TestConfiguration(proxyBeanMethods = false)
class CountingDataSourceConfiguration {

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds ? StatementCounter.wrap(ds) : bean;
      }
    };
  }
}
