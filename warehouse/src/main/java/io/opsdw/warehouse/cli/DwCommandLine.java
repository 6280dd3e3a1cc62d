package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.task.Console;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Builds the picocli command tree with Spring creating (and injecting) every command object. */
@Component
public class DwCommandLine {

    private final ApplicationContext context;
    private final Console console;

    public DwCommandLine(ApplicationContext context, Console console) {
        this.context = context;
        this.console = console;
    }

    public CommandLine commandLine() {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    return context.getAutowireCapableBeanFactory().createBean(type);
                } catch (RuntimeException springCannot) {
                    return CommandLine.defaultFactory().create(type);
                }
            }
        };
        CommandLine cli = new CommandLine(RootCommand.class, factory);
        cli.setOut(new java.io.PrintWriter(console.out(), true));
        cli.setErr(new java.io.PrintWriter(console.err(), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            // the qualified name is "dw" for the root command and "dw ingest" for a subcommand
            console.error(ex.getMessage() + " (see: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    public int execute(String... args) {
        String[] cliArgs = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--dw.") && !a.startsWith("--spring.")).toArray(String[]::new);
        return commandLine().execute(cliArgs);
    }
}
