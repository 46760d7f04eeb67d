package org.issuepress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.load.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Words: issue-press.schema.usage.* and help.* in the message catalogue. */
@Command(name = "schema", mixinStandardHelpOptions = true)
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--write", paramLabel = "DIR", required = true, descriptionKey = "help.schema.write")
    Path dir;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            SchemaWriter.write(dir).forEach(p -> console.info("  " + p));
            return 0;
        });
    }
}
