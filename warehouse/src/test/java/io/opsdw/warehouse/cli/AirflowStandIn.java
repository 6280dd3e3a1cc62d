package io.opsdw.warehouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Plans or executes the project's DAG on the Airflow stand-in (src/test/resources/airflow_stub, see its README):
 * Airflow 2 or 3 semantics, ported from Airflow's source onto pendulum, croniter and Jinja2 (Debian's python3
 * packages, installed by the build's setup step when missing).
 */
final class AirflowStandIn {

    static final Path DAG = Path.of("..", "airflow", "dags", "opsdw_monthly.py").toAbsolutePath().normalize();

    private AirflowStandIn() {
    }

    /** The first {@code runs} scheduled runs and the manual triggers ("RUN_AFTER[,LOGICAL_DATE]"), commands rendered. */
    static JsonNode plan(int airflow, int runs, List<String> manual, Map<String, String> env) {
        return call("plan", airflow, runs, manual, "{}", env);
    }

    static JsonNode execute(int airflow, int runs, List<String> manual, String conf, Map<String, String> env) {
        return call("execute", airflow, runs, manual, conf, env);
    }

    static JsonNode call(String mode, int airflow, int runs, List<String> manual, String conf, Map<String, String> env) {
        try {
            Path stub = Path.of(AirflowStandIn.class.getResource("/airflow_stub").toURI());
            List<String> cmd = new ArrayList<>(List.of(python(), stub.resolve("run_dag.py").toString(), mode, DAG.toString(),
                    "--runs", String.valueOf(runs), "--conf", conf));
            manual.forEach(m -> cmd.addAll(List.of("--manual", m)));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("PYTHONPATH", stub.toString());
            pb.environment().put("STANDIN_AIRFLOW_VERSION", String.valueOf(airflow));
            pb.environment().putAll(env);
            Path err = Files.createTempFile("standin", ".err");
            Process p = pb.redirectError(err.toFile()).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("the Airflow stand-in failed (" + mode + ", Airflow " + airflow + "):\n" + out + "\n"
                        + Files.readString(err));
            }
            Files.deleteIfExists(err);
            return new ObjectMapper().readTree(out);
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's python3, where the build's setup step installs pendulum, croniter and Jinja2. */
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static List<String> argv(JsonNode task) {
        List<String> argv = new ArrayList<>();
        task.path("argv").forEach(a -> argv.add(a.asText()));
        return argv;
    }
}
