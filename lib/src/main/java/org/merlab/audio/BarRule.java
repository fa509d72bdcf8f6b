package org.merlab.audio;

/**
 * How a MIDI sequence is cut into bars (measures).
 *
 * <p>{@link #NOTATED} follows the time-signature events (a 3/4 bar is three quarter notes, 6/8 three). VGMIDI's
 * annotation tool counted bars of four quarter notes whatever the time signature ({@link #FOUR_QUARTERS}): its
 * {@code measures} field agrees with that rule for 193 of the 200 pieces and with the notated bars for 146
 * ({@code org.merlab.data.Vgmidi#barRuleAgreement} recounts it).
 */
public enum BarRule {
    /** Bars as the time-signature events notate them; 4/4 until the first event (the MIDI default). */
    NOTATED,
    /** Bars of four quarter notes, ignoring time signatures. */
    FOUR_QUARTERS
}
