package org.issuepress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.issuepress.diag.Messages;
import org.issuepress.load.IssueFolder;
import org.issuepress.manuscript.Importer;
import org.issuepress.model.ArticleKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import.file")
    Path file;

    @Option(names = "--into", paramLabel = "ISSUE_DIR", required = true, descriptionKey = "import.into")
    Path into;

    @Option(names = "--section", paramLabel = "SECTION", descriptionKey = "import.section")
    String section;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "import.kind", converter = KindConverter.class)
    ArticleKind kind;

    @Option(names = "--article", paramLabel = "ARTICLE", descriptionKey = "import.article")
    Path article;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            Importer.Result r = Importer.run(new Importer.Request(file, into, section, kind, article), d);
            System.out.println(r.listedIn() == null
                    ? Messages.text("import.done-table", IssueFolder.displayName(file), IssueFolder.displayName(r.article()))
                    : Messages.text("import.done", IssueFolder.displayName(file), IssueFolder.displayName(r.article()), r.listedIn()));
            if (r.listedIn() != null) {
                System.out.println("  " + Messages.text(r.kindGuessed() ? "import.kind-guessed" : "import.kind-chosen", r.kind().key()));
            }
            System.out.println("  " + Messages.text("import.summary", r.paragraphs(), r.heads(), r.tables(), r.pictures()));
            r.files().stream().skip(1).forEach(f -> System.out.println("  " + IssueFolder.displayName(f)));
            console.diagnostics(d, System.err);
            if (r.notesFile() != null) {
                System.err.println(Messages.text("import.notes", r.notes().size(), IssueFolder.displayName(r.notesFile())));
            }
            return d.hasErrors() ? CommonOptions.EDITOR_ERRORS : 0;
        });
    }

    /** --kind takes the words the front matter uses (district, case …). */
    static final class KindConverter implements ITypeConverter<ArticleKind> {
        @Override
        public ArticleKind convert(String text) {
            for (ArticleKind k : ArticleKind.values()) {
                if (k.key().equals(text.strip())) {
                    return k;
                }
            }
            throw new TypeConversionException(Messages.text("import-kind-unknown", text));
        }
    }
}
