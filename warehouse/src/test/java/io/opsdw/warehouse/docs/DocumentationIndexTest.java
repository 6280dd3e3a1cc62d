package io.opsdw.warehouse.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's documentation list is the way into docs/: every page is on it, and every entry on it exists. */
class DocumentationIndexTest {

    /** Surefire runs in the module folder; the repository root is one level up. */
    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmeListsEveryPageInDocs() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("## Documentation");
        assertThat(start).as("README has a Documentation section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        List<String> linked = new ArrayList<>();
        Matcher link = Pattern.compile("\\]\\((docs/[^)#]+\\.md)[^)]*\\)").matcher(section);
        while (link.find()) {
            linked.add(link.group(1));
        }
        List<String> pages;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            pages = docs.map(p -> "docs/" + p.getFileName()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
        assertThat(pages).as("pages in docs/").isNotEmpty();
        assertThat(linked).as("docs/ pages linked from the README's Documentation section").containsAll(pages);
        assertThat(linked).allSatisfy(l -> assertThat(ROOT.resolve(l)).as("linked page").exists());
    }
}
