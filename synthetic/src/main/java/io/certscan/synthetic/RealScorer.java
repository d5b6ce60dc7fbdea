package io.certscan.synthetic;

import io.certscan.contract.GeneralOcrResponse;
import io.certscan.domain.certificate.FieldNames;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores recognitions of real documents against truth that lists only the fields its transcriber
 * was sure of (a subset of what is printed), as the real sets' own {@code score.py --subset} does:
 * keys and values compared after NFKC folding, white space and trailing colons removed; predicted
 * cards matched to truth cards greedily by shared pairs; <b>pair recall</b> (true pairs found
 * exactly) and <b>judged precision</b> (of the predicted pairs whose key or value appears in the
 * matched truth card, the share that is right). Beside them the <b>OCR ceiling</b>: the share of
 * true values found in the page's recognised text at all, so a loss is put on OCR or on layout.
 */
public final class RealScorer
{
    private final Map<String, Tally> byKind = new TreeMap<>();
    private final Tally overall = new Tally();
    private final List<String> misses = new ArrayList<>();
    private final List<Double> pageMillis = new ArrayList<>();

    /** Counts over a set of documents. */
    public static final class Tally
    {
        int files;
        int refused;
        int truthPairs;
        int foundPairs;
        int judgedPairs;
        int judgedRight;
        int truthCards;
        int truthTitles;
        int titlesRight;
        int cardCountsRight;
        int valuesInText;

        public double recall()
        {
            return ratio(foundPairs, truthPairs);
        }

        public double judgedPrecision()
        {
            return ratio(judgedRight, judgedPairs);
        }

        public double ocrCeiling()
        {
            return ratio(valuesInText, truthPairs);
        }

        /** How much of what OCR made possible the pairing turned into right pairs. */
        public double shareOfCeiling()
        {
            return ratio(foundPairs, valuesInText);
        }

        public double titleAccuracy()
        {
            return ratio(titlesRight, truthTitles);
        }

        public double cardCountAccuracy()
        {
            return ratio(cardCountsRight, files);
        }

        private void add(Tally other)
        {
            files += other.files;
            refused += other.refused;
            truthPairs += other.truthPairs;
            foundPairs += other.foundPairs;
            judgedPairs += other.judgedPairs;
            judgedRight += other.judgedRight;
            truthCards += other.truthCards;
            truthTitles += other.truthTitles;
            titlesRight += other.titlesRight;
            cardCountsRight += other.cardCountsRight;
            valuesInText += other.valuesInText;
        }
    }

    /** The normal form both sides are compared in. */
    public static String normalize(String text)
    {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        int end = folded.length();
        while (end > 0 && folded.charAt(end - 1) == ':') {
            end--;
        }
        return folded.substring(0, end);
    }

    /** A general_ocr card as the scorer sees it: every value of a key joined, as score.py joins them. */
    public static Map<String, String> card(Map<String, List<List<String>>> printed)
    {
        Map<String, String> card = new LinkedHashMap<>();
        printed.forEach((key, values) -> card.put(normalize(key),
                normalize(String.join("", values.stream().map(words -> String.join("", words)).toList()))));
        return card;
    }

    /** The cards of a general_ocr body (a prediction or a truth file), as the scorer compares them. */
    public static List<Map<String, String>> cards(List<Map<String, List<GeneralOcrResponse.Words>>> results)
    {
        List<Map<String, String>> cards = new ArrayList<>();
        for (Map<String, List<GeneralOcrResponse.Words>> result : results) {
            Map<String, List<List<String>>> printed = new LinkedHashMap<>();
            result.forEach((key, values) -> printed.put(key, values.stream().map(GeneralOcrResponse.Words::words).toList()));
            cards.add(card(printed));
        }
        return cards;
    }

    /**
     * @param text the page's recognised lines, for the OCR ceiling
     * @param refused the error the file was refused with, when it was
     */
    public Tally add(String name, String kind, List<Map<String, String>> truth, List<Map<String, String>> predicted, List<String> text, Optional<String> refused,
            double millis)
    {
        Tally tally = new Tally();
        tally.files = 1;
        tally.refused = refused.isPresent() ? 1 : 0;
        tally.cardCountsRight = truth.size() == predicted.size() ? 1 : 0;
        refused.ifPresent(error -> misses.add(name + ": refused: " + error));
        if (refused.isEmpty()) {
            pageMillis.add(millis);
        }
        if (truth.size() != predicted.size()) {
            misses.add(name + ": " + predicted.size() + " cards, truth has " + truth.size());
        }
        List<String> normalizedLines = text.stream().map(RealScorer::normalize).toList();
        String allText = String.join("", normalizedLines);
        Set<Integer> used = new HashSet<>();
        for (Map<String, String> truthCard : truth) {
            int best = -1;
            int bestShared = -1;
            for (int j = 0; j < predicted.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                int shared = shared(truthCard, predicted.get(j));
                if (shared > bestShared) {
                    bestShared = shared;
                    best = j;
                }
            }
            Map<String, String> card = best < 0 ? Map.of() : predicted.get(best);
            if (best >= 0) {
                used.add(best);
            }
            tally.truthCards++;
            tally.truthPairs += truthCard.size();
            Set<String> truthValues = new HashSet<>(truthCard.values());
            for (Map.Entry<String, String> pair : truthCard.entrySet()) {
                boolean found = pair.getValue().equals(card.get(pair.getKey()));
                boolean inText = allText.contains(pair.getValue());
                if (found) {
                    tally.foundPairs++;
                }
                if (inText || found) {
                    tally.valuesInText++;
                }
                if (pair.getKey().equals(FieldNames.TITLE)) {
                    tally.truthTitles++;
                    tally.titlesRight += found ? 1 : 0;
                }
                if (!found) {
                    misses.add(name + ": " + pair.getKey() + " = " + pair.getValue() + (card.containsKey(pair.getKey()) ? "  got " + card.get(pair.getKey()) : "  missing")
                            + (inText ? "" : "  (not in the OCR text)"));
                }
            }
            for (Map.Entry<String, String> pair : card.entrySet()) {
                if (truthCard.containsKey(pair.getKey()) || truthValues.contains(pair.getValue())) {
                    tally.judgedPairs++;
                    boolean right = pair.getValue().equals(truthCard.get(pair.getKey()));
                    tally.judgedRight += right ? 1 : 0;
                    if (!right && !truthCard.containsKey(pair.getKey())) {
                        misses.add(name + ": wrong key " + pair.getKey() + " for " + pair.getValue());
                    }
                }
            }
        }
        byKind.computeIfAbsent(kind, ignored -> new Tally()).add(tally);
        overall.add(tally);
        return tally;
    }

    private static int shared(Map<String, String> truth, Map<String, String> predicted)
    {
        int shared = 0;
        for (Map.Entry<String, String> pair : truth.entrySet()) {
            if (pair.getValue().equals(predicted.get(pair.getKey()))) {
                shared++;
            }
        }
        return shared;
    }

    private static double ratio(int part, int whole)
    {
        return whole == 0 ? 0 : (double) part / whole;
    }

    public Tally overall()
    {
        return overall;
    }

    public Map<String, Tally> byKind()
    {
        return byKind;
    }

    public List<String> misses()
    {
        return misses;
    }

    public String report()
    {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "%-20s %5s %7s %6s %9s %11s %8s %6s %6s %7s%n",
                "kind", "files", "refused", "recall", "judged-P", "OCR-ceiling", "pairing", "title", "cards", "pairs"));
        byKind.forEach((kind, tally) -> report.append(line(kind, tally)));
        report.append(line("overall", overall));
        double[] sorted = pageMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length > 0) {
            report.append(String.format(Locale.ROOT, "per page: median %.0f ms, p90 %.0f ms over %d pages%n",
                    sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.9 * sorted.length) - 1)], sorted.length));
        }
        return report.toString();
    }

    private static String line(String kind, Tally tally)
    {
        return String.format(Locale.ROOT, "%-20s %5d %7d %6.3f %9.3f %11.3f %8.3f %6.3f %6.3f %7d%n",
                kind, tally.files, tally.refused, tally.recall(), tally.judgedPrecision(), tally.ocrCeiling(), tally.shareOfCeiling(),
                tally.titleAccuracy(), tally.cardCountAccuracy(), tally.truthPairs);
    }
}
