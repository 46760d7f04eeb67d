package org.issuepress.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the templates and fonts folders: the working directory's (a clone of the project),
 * else the project the running jar was built in (target/issue-press.jar → its parent).
 */
final class Home {
    private Home() {
    }

    static Path find(String name, Path override) {
        if (override != null) {
            return override;
        }
        Path local = Path.of(name);
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the local name, which the loader reports as missing
        }
        return local;
    }
}
