package io.opsdw.warehouse.lineage;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.FileConfig;
import io.openlineage.client.transports.FileTransport;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import io.opsdw.warehouse.config.DwSettings;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Sends every task's OpenLineage run events, through the OpenLineage Java client, to dw.lineage.url (an OpenLineage
 * HTTP endpoint such as Marquez) or dw.lineage.file (JSON lines). Lineage never fails a run: an event that cannot be
 * sent is reported once on the terminal.
 */
@Component
public class LineageEmitter {

    static final URI PRODUCER = URI.create("https://github.com/opsdw/opsdw/tree/main/warehouse");

    private final DwSettings.Lineage settings;
    private final OpenLineageClient client;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile Consumer<String> warnings = System.err::println;

    public LineageEmitter(DwSettings settings) {
        this.settings = settings.lineage();
        this.client = client(this.settings);
    }

    private static OpenLineageClient client(DwSettings.Lineage lineage) {
        if (lineage.url() != null && !lineage.url().isBlank()) {
            HttpConfig http = new HttpConfig();
            http.setUrl(URI.create(lineage.url()));
            http.setEndpoint(lineage.endpoint());
            http.setTimeoutInMillis(5_000);
            return new OpenLineageClient(new HttpTransport(http));
        }
        if (lineage.file() != null && !lineage.file().isBlank()) {
            return new OpenLineageClient(new FileTransport(new FileConfig(lineage.file())));
        }
        return null;
    }

    public boolean enabled() {
        return client != null;
    }

    /** Where a failure to send is said (the task's terminal). */
    public void warnTo(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** A task's run, started now (START sent). */
    public LineageRun begin(String dwRunId, String task, YearMonth period) {
        return begin(dwRunId, task, period == null ? null : period.toString());
    }

    /** As above, the period as written (2026-10, 2026-H1, 2026). */
    public LineageRun begin(String dwRunId, String task, String period) {
        if (client == null) {
            return LineageRun.none();
        }
        LineageRun run = new LineageRun(new OpenLineage(PRODUCER), this::emit, settings.namespace(), "dw." + task, dwRunId,
                period, null);
        run.start();
        return run;
    }

    private void emit(OpenLineage.RunEvent event) {
        try {
            client.emit(event);
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                warnings.accept("note: lineage events could not be sent (" + (settings.url() != null ? settings.url() : settings.file())
                        + "): " + e.getMessage());
            }
        }
    }

    @PreDestroy
    public void close() throws Exception {
        if (client != null) {
            client.close();
        }
    }
}
