package org.issuepress.support;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the reference open-source validator, run in-process: failed rules with a message and a count. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Rule (clause-test) → how many checks failed and the first failure's words; empty when compliant. */
    public static synchronized Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            result.getFailedChecks().forEach((rule, n) -> failed.put(rule.getClause() + "-" + rule.getTestNumber(), n + " checks"));
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String key = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    String v = failed.getOrDefault(key, "");
                    if (!v.contains(": ")) {
                        failed.put(key, v + ": " + a.getMessage() + " @ " + a.getLocation().getContext()
                                + (a.getErrorMessage() != null ? " (" + a.getErrorMessage() + ")" : ""));
                    }
                }
            }
            return failed;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e, e);
        }
    }

    /** Validates files: {@code VeraPdf file.pdf…} prints the failed rules for PDF/UA-1 and PDF/A-2u. */
    public static void main(String[] args) throws Exception {
        for (String f : args) {
            byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(f));
            for (PDFAFlavour fl : new PDFAFlavour[] {PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U}) {
                long t = System.nanoTime();
                Map<String, String> r = failures(pdf, fl);
                System.out.printf("%s %s: %d failed rules (%.1f s)%n", f, fl, r.size(), (System.nanoTime() - t) / 1e9);
                r.forEach((k, v) -> System.out.println("  " + k + " " + v));
            }
        }
    }
}
