package io.opsdw.warehouse;

import io.opsdw.warehouse.cli.DwCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code dw} command line: a non-web Spring Boot application whose only job is to run one task and exit. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DwApplication {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command and returns its exit status; tests call this in-process. */
    public static int run(String... args) {
        SpringApplication app = new SpringApplication(DwApplication.class);
        try (ConfigurableApplicationContext context = app.run(springArgs(args))) {
            return context.getBean(DwCommandLine.class).execute(args);
        }
    }

    /** Spring sees only the --dw.x=y style overrides; everything else belongs to picocli. */
    private static String[] springArgs(String[] args) {
        return java.util.Arrays.stream(args).filter(a -> a.startsWith("--dw.") || a.startsWith("--spring.")).toArray(String[]::new);
    }
}
