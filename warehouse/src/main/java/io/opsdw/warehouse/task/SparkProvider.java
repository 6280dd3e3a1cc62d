package io.opsdw.warehouse.task;

import io.opsdw.warehouse.config.DwSettings;
import jakarta.annotation.PreDestroy;
import org.apache.spark.sql.SparkSession;
import org.springframework.stereotype.Component;

/** One Spark session per dw process, started only when a task needs it (query/history never pay for it). */
@Component
public class SparkProvider {

    private final DwSettings settings;
    private SparkSession session;

    public SparkProvider(DwSettings settings) {
        this.settings = settings;
    }

    public synchronized SparkSession get() {
        if (session == null) {
            session = SparkSessionSettings.from(settings).build();
        }
        return session;
    }

    @PreDestroy
    public synchronized void stop() {
        if (session != null && settings.spark().stopOnExit()) {
            session.stop();
            session = null;
        }
    }
}
