package org.merlab.study.text;

import java.util.List;

import org.merlab.notebook.Facts;
import org.merlab.notebook.Params;

/**
 * What notebook 09 states about its run, for {@code run-notebooks --check}: which corpus (and whether it is the
 * stand-in), the split sizes, the chosen maximum length, and each model's test accuracy and macro-F1 with their
 * interval bounds, as {@code accuracy.<model>}, {@code macroF1.<model>}, ...
 */
public final class TextFacts {

    private TextFacts() {
    }

    /** The facts of a finished study; {@code runs} as in {@link TextReport#write}. */
    public static Facts of(Params p, TextStudy study, List<TextRun> runs) {
        TextCorpusChoice choice = study.choice();
        Facts facts = Facts.of(p, study.choice().dataset())
                .put("text.dataset", choice.dataset())
                .put("text.standIn", choice.standIn())
                .put("text.trainTexts", choice.corpus().train().size())
                .put("text.valTexts", choice.corpus().val().size())
                .put("text.testTexts", choice.corpus().test().size())
                .put("text.maxLength", study.encoder().maxLength())
                .put("text.vocabulary", study.encoder().vocabulary().size());
        for (TextRun r : runs) {
            facts.put("accuracy." + r.key(), r.evaluation().accuracy())
                    .put("macroF1." + r.key(), r.evaluation().macroF1())
                    .put("mcc." + r.key(), r.evaluation().mcc());
        }
        return facts;
    }
}
