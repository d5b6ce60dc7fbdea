package io.certscan.synthetic;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores recognitions against the truth. A pair is a normalised field name with its normalised
 * value (white space removed, full-width ASCII folded); precision, recall and F1 count pairs card
 * by card in reading order. Titles and card counts are scored on their own.
 */
public final class Scorer
{
    /** The issue's targets: pair F1 per level, and the share of pictures with the right card count. */
    public static final Map<Degradation, Double> F1_TARGETS = Map.of(Degradation.CLEAN, 0.97, Degradation.ROTATED_NOISY, 0.93, Degradation.PHOTO_LIKE, 0.85);
    public static final double CARD_COUNT_TARGET = 0.98;

    private final Map<Degradation, Tally> tallies = new EnumMap<>(Degradation.class);
    private final List<String> misses = new ArrayList<>();

    /** Counts for one degradation level. */
    public static final class Tally
    {
        int images;
        int truthPairs;
        int predictedPairs;
        int matchedPairs;
        int truthCards;
        int titlesRight;
        int cardCountsRight;

        public double precision()
        {
            return predictedPairs == 0 ? 0 : (double) matchedPairs / predictedPairs;
        }

        public double recall()
        {
            return truthPairs == 0 ? 0 : (double) matchedPairs / truthPairs;
        }

        public double f1()
        {
            double precision = precision();
            double recall = recall();
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public double titleAccuracy()
        {
            return truthCards == 0 ? 0 : (double) titlesRight / truthCards;
        }

        public double cardCountAccuracy()
        {
            return images == 0 ? 0 : (double) cardCountsRight / images;
        }

        public int images()
        {
            return images;
        }
    }

    public void add(String name, Degradation degradation, List<TruthCard> truth, List<Certificate> predicted)
    {
        Tally tally = tallies.computeIfAbsent(degradation, ignored -> new Tally());
        tally.images++;
        tally.truthCards += truth.size();
        if (truth.size() == predicted.size()) {
            tally.cardCountsRight++;
        }
        else {
            misses.add(name + ": " + predicted.size() + " cards instead of " + truth.size());
        }
        for (int index = 0; index < truth.size(); index++) {
            TruthCard card = truth.get(index);
            tally.truthPairs += card.fields().size();
            if (index >= predicted.size()) {
                continue;
            }
            Certificate recognised = predicted.get(index);
            if (recognised.title().map(Scorer::normalize).orElse("").equals(normalize(card.title()))) {
                tally.titlesRight++;
            }
            else {
                misses.add(name + " #" + index + ": title " + recognised.title().orElse("(none)") + " instead of " + card.title());
            }
            Map<String, Integer> expected = new HashMap<>();
            card.fields().forEach((key, value) -> expected.merge(pair(key, value), 1, Integer::sum));
            for (ExtractedField field : recognised.fields()) {
                tally.predictedPairs++;
                String pair = pair(field.name(), field.value());
                Integer left = expected.get(pair);
                if (left != null && left > 0) {
                    tally.matchedPairs++;
                    expected.put(pair, left - 1);
                }
                else {
                    misses.add(name + " #" + index + ": extra " + pair);
                }
            }
            for (Map.Entry<String, Integer> left : expected.entrySet()) {
                for (int i = 0; i < left.getValue(); i++) {
                    misses.add(name + " #" + index + ": missed " + left.getKey());
                }
            }
        }
    }

    public Map<Degradation, Tally> tallies()
    {
        return tallies;
    }

    public List<String> misses()
    {
        return misses;
    }

    /** True when every level scored meets its F1 target and card counts meet theirs. */
    public boolean meetsTargets()
    {
        int images = 0;
        int countsRight = 0;
        for (Map.Entry<Degradation, Tally> entry : tallies.entrySet()) {
            if (entry.getValue().f1() < F1_TARGETS.get(entry.getKey())) {
                return false;
            }
            images += entry.getValue().images;
            countsRight += entry.getValue().cardCountsRight;
        }
        return images > 0 && (double) countsRight / images >= CARD_COUNT_TARGET;
    }

    public String report()
    {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-14s %6s %6s %9s %7s %7s %7s %7s %7s%n",
                "level", "images", "pairs", "precision", "recall", "F1", "target", "title", "cards"));
        int images = 0;
        int countsRight = 0;
        for (Map.Entry<Degradation, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            images += tally.images;
            countsRight += tally.cardCountsRight;
            report.append(String.format(Locale.ROOT, "%-14s %6d %6d %9.3f %7.3f %7.3f %7.2f %7.3f %7.3f%n",
                    entry.getKey().name().toLowerCase(Locale.ROOT), tally.images, tally.truthPairs, tally.precision(), tally.recall(), tally.f1(),
                    F1_TARGETS.get(entry.getKey()), tally.titleAccuracy(), tally.cardCountAccuracy()));
        }
        report.append(String.format(Locale.ROOT, "card count right on %d of %d pictures (%.1f %%, target %.0f %%)%n",
                countsRight, images, images == 0 ? 0 : 100.0 * countsRight / images, 100 * CARD_COUNT_TARGET));
        return report.toString();
    }

    static String pair(String key, String value)
    {
        return FieldNames.normalize(key) + "=" + normalize(value);
    }

    static String normalize(String text)
    {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return;
            }
            if (codePoint == '￥') {
                folded.append('¥');
            }
            else if ("〔【［".indexOf(codePoint) >= 0) {
                // Bracket shapes differ by typeface, not by meaning.
                folded.append('[');
            }
            else if ("〕】］".indexOf(codePoint) >= 0) {
                folded.append(']');
            }
            else {
                folded.appendCodePoint(codePoint >= 0xFF01 && codePoint <= 0xFF5E ? codePoint - 0xFEE0 : codePoint);
            }
        });
        return folded.toString();
    }
}
