package org.issuepress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.preflight.Expectations;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Preflight;
import org.issuepress.preflight.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Words: issue-press.preflight.usage.* and help.* in the message catalogue. */
@Command(name = "preflight", mixinStandardHelpOptions = true)
final class PreflightCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "help.preflight.files")
    List<Path> files;

    @Option(names = "--final", descriptionKey = "help.preflight.final")
    boolean finalRun;

    @Option(names = "--json", descriptionKey = "help.preflight.json")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        return common.run((console, d) -> {
            List<FileReport> reports = new ArrayList<>();
            for (Path f : files) {
                byte[] pdf = Files.readAllBytes(f);
                boolean pdfx;
                boolean spread;
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    pdfx = doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion") != null;
                    spread = doc.getNumberOfPages() > 0
                            && doc.getPage(0).getTrimBox().getWidth() > doc.getPage(0).getTrimBox().getHeight();
                } catch (java.io.IOException e) {
                    pdfx = false;
                    spread = false;
                }
                reports.add(Preflight.check(f.toString(), pdf, Expectations.guess(pdfx, spread, finalRun)));
            }
            System.out.print(json ? ReportWriter.json(reports, java.util.Map.of()) : ReportWriter.text(reports, List.of()));
            return reports.stream().anyMatch(r -> r.errors() > 0) ? CommonOptions.EDITOR_ERRORS : 0;
        });
    }
}
