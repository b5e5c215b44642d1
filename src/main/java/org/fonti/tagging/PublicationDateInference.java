package org.fonti.tagging;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fonti.corpus.IsoDate;

/**
 * Guesses when an undated article was published, from the dates it mentions: the latest absolute date that is not
 * announced as future ("entro il 2024", "next year" do not count), at the precision the text gives it. When that
 * is only a year, a past-cued day or month without a year ("lo scorso 10 maggio") says the article came after it,
 * so relative expressions are resolved against the month after it. The result is always marked as inferred.
 */
public final class PublicationDateInference {

    private static final Pattern FUTURE_CUE = Pattern.compile(
            "\\b(entro|prossim\\w*|fino|next|by|until|coming|tra|fra)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PAST_CUE = Pattern.compile(
            "\\b(scors\\w*|passat\\w*|last|past)\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_OF_UNKNOWN_YEAR = Pattern.compile("XXXX-(\\d{2})(?:-\\d{2})?");

    /**
     * @param publication the inferred publication date, as an ISO prefix
     * @param reference   the date relative expressions should be resolved against
     */
    public record Inference(String publication, String reference) {
    }

    private PublicationDateInference() {
    }

    public static Optional<Inference> infer(List<DateMention> mentions) {
        IsoDate latest = null;
        for (DateMention mention : mentions) {
            if (FUTURE_CUE.matcher(mention.text().toLowerCase(Locale.ROOT)).find()) {
                continue;
            }
            var date = IsoDate.parse(mention.value());
            if (date.isPresent() && (latest == null || date.get().lastDay().isAfter(latest.lastDay()))) {
                latest = date.get();
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        String reference = latest.toString();
        if (latest.month() == 0) {
            int month = 0;
            for (DateMention mention : mentions) {
                var m = MONTH_OF_UNKNOWN_YEAR.matcher(mention.value());
                if (m.matches() && PAST_CUE.matcher(mention.text().toLowerCase(Locale.ROOT)).find()) {
                    month = Math.max(month, Integer.parseInt(m.group(1)));
                }
            }
            if (month > 0) {
                reference = new IsoDate(latest.year(), Math.min(12, month + 1), 0).toString();
            }
        }
        return Optional.of(new Inference(latest.toString(), reference));
    }
}
