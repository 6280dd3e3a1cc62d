package io.opsdw.ingest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.opsdw.lakecontract.ResourceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the contract YAML directly (not through the generator's own reader), so tests check against the source of truth. */
final class TestContracts {

    /** Every contract file's source, by name: listed from the contracts folder, not kept by hand. */
    static final List<String> ALL = ResourceFolder.list("contracts", ".yml").stream()
            .map(r -> r.substring("contracts/".length(), r.length() - ".yml".length())).toList();
    static final List<String> OPERATIONAL = ALL.stream().filter(s -> load(s).path("group").asText().equals("operational")).toList();
    static final List<String> MASTER = ALL.stream().filter(s -> load(s).path("group").asText().equals("master")).toList();

    private TestContracts() {
    }

    static JsonNode load(String source) {
        try (InputStream in = TestContracts.class.getClassLoader().getResourceAsStream("contracts/" + source + ".yml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> firstAliases(String source) {
        List<String> headers = new ArrayList<>();
        load(source).path("fields").forEach(f -> headers.add(f.path("aliases").get(0).asText()));
        return headers;
    }
}
