package nl.klachtroute.analytics.report.web;

/** The skeleton of the printable report pages: one look for every report, HTML-escaped text. */
final class PrintablePage {

    private PrintablePage() {
    }

    /** The page up to and including {@code <body>}. */
    static StringBuilder open(String title) {
        return new StringBuilder("""
                <!DOCTYPE html>
                <html lang="nl">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <style>
                body { font-family: sans-serif; margin: 2em; }
                table { border-collapse: collapse; margin-bottom: 2em; }
                th, td { border: 1px solid #444; padding: 0.3em 0.6em; text-align: left; }
                td.n { text-align: right; }
                tr.totaal { font-weight: bold; }
                @media print { body { margin: 0; } }
                </style>
                </head>
                <body>
                """.formatted(escape(title)));
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
