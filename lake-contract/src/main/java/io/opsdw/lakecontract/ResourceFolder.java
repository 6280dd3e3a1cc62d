package io.opsdw.lakecontract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a class-path folder (e.g. {@code contracts/}), whether it is a directory (an IDE, {@code mvn test})
 * or inside a jar (the application's {@code target/lib}, a Spark executor), so a folder of declarations needs no
 * hand-kept index of its files.
 */
public final class ResourceFolder {

    private ResourceFolder() {
    }

    /** Resource names {@code folder/<name><suffix>} directly in the folder, in name order, across the class path. */
    public static List<String> list(String folder, String suffix) {
        return list(ResourceFolder.class.getClassLoader(), folder, suffix);
    }

    /** The same, seen through a given class loader. */
    public static List<String> list(ClassLoader loader, String folder, String suffix) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                for (String file : files(root, folder)) {
                    if (file.endsWith(suffix)) {
                        names.add(folder + "/" + file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the resources in " + folder + "/: " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    private static List<String> files(URL root, String folder) throws IOException {
        List<String> out = new ArrayList<>();
        switch (root.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(root.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException("not a file location: " + root, e);
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    entries.filter(Files::isRegularFile).forEach(p -> out.add(p.getFileName().toString()));
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = folder + "/";
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String name = e.nextElement().getName();
                        if (name.startsWith(prefix) && name.length() > prefix.length() && name.indexOf('/', prefix.length()) < 0) {
                            out.add(name.substring(prefix.length()));
                        }
                    }
                }
            }
            default -> throw new IOException("cannot list class-path folder " + root + " (protocol " + root.getProtocol() + ")");
        }
        return out;
    }
}
