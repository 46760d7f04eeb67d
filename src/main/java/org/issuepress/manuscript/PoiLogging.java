package org.issuepress.manuscript;

/**
 * POI logs through log4j-api, which, finding no logging provider, prints an error line on the
 * editor's terminal. Its simple logger is named before POI is first used; a choice made on the
 * command line ({@code -Dlog4j2.loggerContextFactory=…}) is kept.
 */
final class PoiLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";

    private PoiLogging() {
    }

    static void quiet() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }
}
