package io.opsdw.warehouse.config;

import io.opsdw.warehouse.publish.TableDocs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the stage modules' objects into the application (the modules themselves know nothing of Spring). */
@Configuration
public class WarehouseBeans {

    /** The schedule's only clock; tests replace it. */
    @Bean
    java.time.Clock clock() {
        return java.time.Clock.systemDefaultZone();
    }

    @Bean
    TableDocs tableDocs() {
        return new io.opsdw.warehouse.publish.ModelCatalogDocs();
    }
}
