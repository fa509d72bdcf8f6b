package org.merlab.study.honest;

import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.merlab.eval.CvScores;
import org.merlab.eval.Interval;
import org.merlab.eval.Metric;
import org.merlab.eval.PairedComparison;
import org.merlab.eval.ScoreRow;
import org.merlab.eval.TargetScores;

/**
 * The paragraph of notebook 06 on what is and is not learnable, written from one cell's numbers: every number and
 * every verdict in it is computed here from the scores, the paired tests and the share correlations, none typed in.
 * A margin counts as confirmed when the paired-bootstrap interval of the track-accuracy difference lies above 0
 * and McNemar's test gives p below {@value #ALPHA}; the best model's balanced-accuracy difference is given beside it,
 * since accuracy alone rewards favouring the frequent emotions.
 */
public final class HonestSummary {

    /** The significance level of "confirmed". */
    public static final double ALPHA = 0.05;

    private HonestSummary() {
    }

    /** The paragraph for {@code cell}. */
    public static String paragraph(HonestCell cell) {
        List<ScoreRow> track = cell.scores().stream().filter(r -> r.level().equals(CvScores.TRACK)).toList();
        ScoreRow reference = row(track, HonestStudy.REFERENCE);
        ScoreRow majority = row(track, CvScores.MAJORITY);
        ScoreRow chance = row(track, CvScores.CHANCE);
        ScoreRow best = track.stream().filter(r -> !r.model().equals(CvScores.MAJORITY)
                        && !r.model().equals(CvScores.CHANCE))
                .max(Comparator.comparingDouble(r -> r.values().get(Metric.ACCURACY))).orElseThrow();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "At N = %d, on %d tracks in %s, the dominant emotion is predicted at "
                        + "track level with accuracy %s by the 28-feature forest, against %s for the majority class "
                        + "and %s for stratified chance. ", cell.segments(), cell.tracks(),
                cell.models().getFirst().trainingShares().length + " grouped folds", value(reference),
                value(majority), value(chance)));
        long aboveMajority = track.stream().filter(r -> !isReference(r))
                .filter(r -> r.intervals().containsKey(Metric.ACCURACY)
                        && r.intervals().get(Metric.ACCURACY).low() > majority.values().get(Metric.ACCURACY))
                .count();
        long models = track.stream().filter(r -> !isReference(r)).count();
        s.append(String.format(Locale.ROOT, "%d of the %d models have a 95%% interval wholly above the majority "
                + "class's accuracy. ", aboveMajority, models));
        if (best.model().equals(HonestStudy.REFERENCE)) {
            s.append("No model beats the 28-feature forest's track accuracy. ");
        } else {
            PairedComparison c = cell.comparisons().stream().filter(p -> p.level().equals(CvScores.TRACK)
                    && p.metric() == Metric.ACCURACY && p.modelA().equals(best.model())).findFirst().orElseThrow();
            boolean confirmed = c.interval().low() > 0 && c.mcnemar().map(m -> m.pValue() < ALPHA).orElse(false);
            s.append(String.format(Locale.ROOT, "The most accurate is %s at %s: %+.3f against the forest (paired "
                            + "95%% interval %.3f to %.3f, bootstrap p %.3g%s), a margin the paired test %s. ",
                    best.model(), value(best), c.difference(), c.interval().low(), c.interval().high(), c.pValue(),
                    c.mcnemar().map(m -> String.format(Locale.ROOT, ", McNemar p %.3g", m.pValue())).orElse(""),
                    confirmed ? "confirms" : "does not confirm"));
            PairedComparison balanced = cell.comparisons().stream().filter(p -> p.level().equals(CvScores.TRACK)
                    && p.metric() == Metric.BALANCED_ACCURACY && p.modelA().equals(best.model())).findFirst()
                    .orElseThrow();
            s.append(String.format(Locale.ROOT, "On balanced accuracy, which weighs every emotion alike, its "
                            + "difference is %+.3f (%.3f to %.3f)%s. ", balanced.difference(), balanced.interval().low(),
                    balanced.interval().high(), balanced.interval().low() > 0 ? ""
                            : ": the gain does not reach the rarer emotions"));
        }
        shares(cell).ifPresent(s::append);
        return s.toString().strip();
    }

    private static Optional<String> shares(HonestCell cell) {
        if (cell.shares().isEmpty()) {
            return Optional.empty();
        }
        String model = cell.shares().stream().collect(Collectors.groupingBy(TargetScores::model,
                        LinkedHashMap::new, Collectors.averagingDouble(
                                t -> Double.isFinite(t.spearman()) ? t.spearman() : 0)))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<TargetScores> scores = cell.shares().stream().filter(t -> t.model().equals(model)).toList();
        List<String> learnable = scores.stream().filter(t -> t.spearmanCi() != null && t.spearmanCi().low() > 0)
                .map(TargetScores::target).toList();
        List<String> not = scores.stream().filter(t -> !learnable.contains(t.target())).map(TargetScores::target)
                .toList();
        TargetScores top = scores.stream().filter(t -> Double.isFinite(t.spearman()))
                .max(Comparator.comparingDouble(TargetScores::spearman)).orElse(scores.getFirst());
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Regressing the listener shares instead (%s, the "
                        + "regression with the highest mean Spearman), %d of %d emotions have a track-level Spearman "
                        + "interval above 0 (%s), the best %s (rho %.3f%s)",
                model, learnable.size(), scores.size(), learnable.isEmpty() ? "none" : String.join(", ", learnable),
                top.target(), top.spearman(), interval(top.spearmanCi())));
        s.append(not.isEmpty() ? "." : String.format(Locale.ROOT, "; for %s these features show no ranking signal.",
                String.join(", ", not)));
        return Optional.of(s.toString());
    }

    private static boolean isReference(ScoreRow r) {
        return r.model().equals(HonestStudy.REFERENCE) || r.model().equals(CvScores.MAJORITY)
                || r.model().equals(CvScores.CHANCE);
    }

    private static ScoreRow row(List<ScoreRow> rows, String model) {
        return rows.stream().filter(r -> r.model().equals(model)).findFirst().orElseThrow();
    }

    private static String value(ScoreRow r) {
        return String.format(Locale.ROOT, "%.3f%s", r.values().get(Metric.ACCURACY),
                interval(r.intervals().get(Metric.ACCURACY)));
    }

    private static String interval(Interval ci) {
        return ci == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", ci.low(), ci.high());
    }
}
