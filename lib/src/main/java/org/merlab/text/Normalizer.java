package org.merlab.text;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * The one text normalisation every text model shares, written to make any input look like the dair-ai "emotion"
 * corpus (lower-case words and digits separated by single spaces, no punctuation, {@code "im"}, {@code "dont"}):
 * <ol>
 *   <li>Unicode NFKC (full-width letters, ligatures and compatibility forms become their plain letters);</li>
 *   <li>lower case by {@link Locale#ROOT} (never the machine's locale: Turkish dotless i);</li>
 *   <li>apostrophes inside a word are dropped ({@code don't}, {@code don’t} -> {@code dont});</li>
 *   <li>every other code point that is not a letter, a digit or a combining mark becomes a space;</li>
 *   <li>runs of spaces collapse to one; leading and trailing spaces go.</li>
 * </ol>
 * Letters of any script are kept ({@code "café"}, {@code "日本"}).
 */
public final class Normalizer {

    private Normalizer() {
    }

    /** The normalised text; empty if {@code text} holds no letter or digit. */
    public static String normalize(String text) {
        String folded = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        int[] cps = folded.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (isWordChar(cp)) {
                out.appendCodePoint(cp);
            } else if (isApostrophe(cp) && i > 0 && i + 1 < cps.length && isWordChar(cps[i - 1])
                    && isWordChar(cps[i + 1])) {
                continue;
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
    }
}
