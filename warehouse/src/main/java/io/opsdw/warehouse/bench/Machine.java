package io.opsdw.warehouse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the benchmark ran on: cores, memory, Java, OS, and the load average (the machine may be shared). */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("cpu", cpuModel());
        m.put("ram", memTotalGb());
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ")");
        m.put("load_average_at_end", read("/proc/loadavg").split(" ").length >= 3
                ? String.join(" ", java.util.Arrays.copyOf(read("/proc/loadavg").split(" "), 3)) : "?");
        return m;
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
    }

    private static String memTotalGb() {
        return read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:")).findFirst()
                .map(l -> String.format(java.util.Locale.ROOT, "%.1f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("?");
    }

    private static String osName() {
        return read("/etc/os-release").lines().filter(l -> l.startsWith("PRETTY_NAME=")).findFirst()
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", "")).orElse("?");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (Exception e) {
            return "";
        }
    }
}
