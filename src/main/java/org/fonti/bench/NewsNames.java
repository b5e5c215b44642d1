package org.fonti.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.fonti.tagging.EntityType;

/**
 * A short list of people, organisations and places that recur in Italian news, drawn with Zipf-like
 * frequencies (the k-th name about 1/k as often as the first), as a few names dominate real news.
 */
final class NewsNames {

    record Name(String text, EntityType type) {
    }

    static final List<Name> NAMES = List.of(
            new Name("Sergio Mattarella", EntityType.PER),
            new Name("Roma", EntityType.LOC),
            new Name("Unione europea", EntityType.ORG),
            new Name("Giorgia Meloni", EntityType.PER),
            new Name("Milano", EntityType.LOC),
            new Name("Banca d'Italia", EntityType.ORG),
            new Name("Mario Draghi", EntityType.PER),
            new Name("Bruxelles", EntityType.LOC),
            new Name("Confindustria", EntityType.ORG),
            new Name("Ursula von der Leyen", EntityType.PER),
            new Name("Napoli", EntityType.LOC),
            new Name("Istat", EntityType.ORG),
            new Name("Elly Schlein", EntityType.PER),
            new Name("Torino", EntityType.LOC),
            new Name("Fiat", EntityType.ORG),
            new Name("Matteo Salvini", EntityType.PER),
            new Name("Genova", EntityType.LOC),
            new Name("Nazioni Unite", EntityType.ORG),
            new Name("Paolo Gentiloni", EntityType.PER),
            new Name("Palermo", EntityType.LOC),
            new Name("Eni", EntityType.ORG),
            new Name("Antonio Tajani", EntityType.PER),
            new Name("Firenze", EntityType.LOC),
            new Name("Cgil", EntityType.ORG),
            new Name("Christine Lagarde", EntityType.PER),
            new Name("Bologna", EntityType.LOC),
            new Name("Corte costituzionale", EntityType.ORG),
            new Name("Giuseppe Conte", EntityType.PER),
            new Name("Venezia", EntityType.LOC),
            new Name("Telecom Italia", EntityType.ORG),
            new Name("Emmanuel Macron", EntityType.PER),
            new Name("Bari", EntityType.LOC),
            new Name("Leonardo", EntityType.ORG),
            new Name("Olaf Scholz", EntityType.PER),
            new Name("Cagliari", EntityType.LOC),
            new Name("Coldiretti", EntityType.ORG),
            new Name("Luigi Di Maio", EntityType.PER),
            new Name("Trieste", EntityType.LOC),
            new Name("Guardia di Finanza", EntityType.ORG),
            new Name("Carlo Calenda", EntityType.PER));

    private static final double[] CUMULATIVE = cumulativeZipf(NAMES.size());

    private NewsNames() {
    }

    static Name draw(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (u < CUMULATIVE[i]) {
                return NAMES.get(i);
            }
        }
        return NAMES.getLast();
    }

    static Name draw(SplittableRandom random, EntityType type) {
        Name name;
        do {
            name = draw(random);
        } while (name.type() != type);
        return name;
    }

    private static double[] cumulativeZipf(int n) {
        double[] weights = new double[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            weights[k] = 1.0 / (k + 1);
            total += weights[k];
        }
        double running = 0;
        for (int k = 0; k < n; k++) {
            running += weights[k] / total;
            weights[k] = running;
        }
        weights[n - 1] = 1.0;
        return weights;
    }
}
