package org.issuepress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Diagnostics;
import org.issuepress.load.SchemaWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "schema", mixinStandardHelpOptions = true, description = {
        "Writes the JSON Schemas of the issue data (issue.yaml, article front matter, tables, charts), "
                + "made from the same definitions the checker uses.",
        "Run it after changing what the data may contain: " + SchemaWriter.REGENERATE})
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--write", paramLabel = "DIR", required = true, description = "the folder to write them to, e.g. issue-data/schema")
    Path dir;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        Console console = new Console(System.err, common.quiet);
        return common.run(console, new Diagnostics(), () -> {
            SchemaWriter.write(dir).forEach(p -> console.info("  " + p));
            return 0;
        });
    }
}
