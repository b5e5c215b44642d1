package org.fonti.tagging.entities;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fonti.tagging.EntityType;
import org.fonti.tagging.entities.Candidate.Evidence;

/**
 * Names that are names only in texts on one topic: in a report on the Palio of Siena, "Onda" and "Torre" are
 * contrade. When a text has one of a topic's marker words, each of the topic's names found in it becomes a
 * candidate of its own, cut out of any longer candidate that swallowed it ("Indianos Leocorno" is a horse and
 * a contrada).
 */
final class TopicalNames {

    private record Topic(Set<String> markers, EntityType type, Set<String> names) {
    }

    private final List<Topic> topics = new ArrayList<>();

    TopicalNames() {
        Topic current = null;
        for (String line : Lexicon.lines("topical-names.txt")) {
            String s = line.strip();
            if (s.startsWith("[")) {
                int close = s.indexOf(']');
                Set<String> markers = new HashSet<>();
                for (String m : s.substring(1, close).split("\\s+")) {
                    markers.add(NameFolding.fold(m));
                }
                current = new Topic(markers, EntityType.valueOf(s.substring(close + 1).strip()), new HashSet<>());
                topics.add(current);
            } else if (current != null) {
                current.names().add(NameFolding.fold(s));
            }
        }
    }

    List<Candidate> apply(List<Token> tokens, List<Candidate> candidates) {
        Map<String, EntityType> active = activeNames(tokens);
        if (active.isEmpty()) {
            return candidates;
        }
        Deque<Candidate> pending = new ArrayDeque<>(candidates);
        List<Candidate> out = new ArrayList<>(candidates.size() + 8);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            EntityType type = t.isCapitalised() ? active.get(NameFolding.fold(t.text())) : null;
            while (!pending.isEmpty() && pending.peek().to() <= i) {
                out.add(pending.poll());
            }
            if (type == null) {
                continue;
            }
            Candidate around = pending.peek();
            if (around != null && around.from() <= i) {
                pending.poll();
                int leftEnd = i;
                while (leftEnd > around.from() && !tokens.get(leftEnd - 1).isCapitalised()) {
                    leftEnd--; // "Contrada dell'" loses its "dell'"
                }
                if (around.from() < leftEnd) {
                    out.add(new Candidate(around.from(), leftEnd, around.type(), Evidence.WEAK,
                            around.needsSupport()));
                }
                if (i + 1 < around.to()) {
                    pending.addFirst(new Candidate(i + 1, around.to(), around.type(), Evidence.WEAK,
                            around.needsSupport()));
                }
            }
            out.add(new Candidate(i, i + 1, type, Evidence.STRONG, false));
        }
        out.addAll(pending);
        return out;
    }

    private Map<String, EntityType> activeNames(List<Token> tokens) {
        Map<String, EntityType> active = new HashMap<>();
        for (Topic topic : topics) {
            for (Token t : tokens) {
                if (t.isWord() && topic.markers().contains(NameFolding.fold(t.text()))) {
                    for (String name : topic.names()) {
                        active.putIfAbsent(name, topic.type());
                    }
                    break;
                }
            }
        }
        return active;
    }
}
