package nl.klachtroute.notification.letter;

/** Makes a letter ready for post: a document a handler can print and send. */
public interface LetterPrinter {

    /** @return the letter as PDF (A4) */
    byte[] print(PrintableLetter letter);
}
