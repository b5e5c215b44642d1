package org.fonti.tagging.entities;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.ZoneId;

/**
 * Italian, English and local names of places, each mapped to one canonical spelling. The rule: the
 * canonical name of a place is its English exonym (Mosca, Moscow → "Moscow"; Turchia, Türkiye → "Turkey"),
 * from the project's own list first and otherwise from the JDK's English country names.
 */
final class PlaceNames {

    private static final Set<String> CITY_REGIONS = Set.of(
            "Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian");
    private static final Set<String> NOT_CITIES = Set.of(
            "Easter", "Resolute", "Regina", "Stanley", "Nome", "Jersey", "Midway", "Wake", "Creston", "Christmas",
            "Darwin", "Currie", "Johnston", "Dawson", "Oral", "Ho Chi Minh", "Mendoza", "Lindeman", "Eucla", "Canary",
            "Center", "Knox IN", "Virgin", "Thule", "Marigot", "Chita", "Cayenne", "Mahe", "Reunion", "Comoro",
            "Truk", "Yap", "Chuuk", "Ponape", "Samoa", "Enderbury", "Boise", "Sitka", "Yakutat", "Juneau",
            "Indianapolis", "Louisville", "Fort Wayne", "Santa Isabel", "Shiprock", "Atka", "Adak", "Merida",
            "Rosario", "Cordoba", "Catamarca", "Jujuy", "Ensenada", "Hovd", "Busingen", "Kirov", "Faeroe", "Faroe",
            "Norfolk", "Palau", "Wallis", "Gambier", "Galapagos", "Marquesas", "Bougainville", "Guadalcanal",
            "Efate", "Noumea", "Kosrae", "Pohnpei", "Majuro", "Chatham", "Tell City", "Thunder Bay", "Swift Current",
            "Rainy River", "Fort Nelson", "Goose Bay", "Glace Bay", "Coral Harbour", "Whitehorse", "Lord Howe",
            "Broken Hill", "Kralendijk", "Lower Princes", "Grand Turk", "St Thomas", "Montserrat", "Mayotte",
            "Chagos", "Kerguelen", "Cocos", "Maldives", "Mauritius", "Bermuda", "Azores", "Madeira", "Guernsey",
            "Isle of Man", "Vatican", "Monaco", "Kiev", "Uzhgorod", "Zaporozhye", "Calcutta", "Saigon", "Rangoon",
            "Katmandu", "Thimbu", "Ujung Pandang", "Dacca", "Harbin", "Kashgar", "Chungking", "Chongqing", "Macao",
            "Ulan Bator", "Tel Aviv", "Asmera", "Timbuktu", "Buenos Aires", "Argentina", "Beulah", "Paris");

    private static final PlaceNames SHARED = new PlaceNames();

    /** Folded alias → canonical English name. */
    private final Map<String, String> byKey = new HashMap<>();
    /** Folded names of towns and cities, as opposed to countries, regions, seas and rivers. */
    private final Set<String> cityKeys = new HashSet<>();
    /** Folded names of the world's countries (from the JDK), which the news also uses for their governments and teams. */
    private final Set<String> countryKeys = new HashSet<>();
    /** Original spelling of each alias → canonical, for building the gazetteer. */
    private final Map<String, String> aliases = new HashMap<>();

    static PlaceNames shared() {
        return SHARED;
    }

    private PlaceNames() {
        // The project's list wins over the JDK, so it is read first and the JDK only fills gaps.
        boolean cities = false;
        for (String line : Lexicon.lines("places.txt")) {
            if (line.equals("[cities]") || line.equals("[regions]")) {
                cities = line.equals("[cities]");
                continue;
            }
            String[] variants = line.split("\\|");
            boolean showOnly = variants[0].startsWith("!");
            String canonical = showOnly ? variants[0].substring(1).strip() : variants[0].strip();
            for (int i = showOnly ? 1 : 0; i < variants.length; i++) {
                add(variants[i].strip(), canonical);
                if (cities) {
                    cityKeys.add(NameFolding.fold(variants[i].strip()));
                }
            }
        }
        for (String zone : ZoneId.getAvailableZoneIds()) {
            String city = cityOfZone(zone);
            if (city != null) {
                cityKeys.add(NameFolding.fold(city));
                add(city, byKey.getOrDefault(NameFolding.fold(city), city));
            }
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            String canonical = byKey.getOrDefault(NameFolding.fold(english), english);
            add(english, canonical);
            add(country.getDisplayCountry(Locale.ITALIAN), canonical);
            countryKeys.add(NameFolding.fold(english));
            countryKeys.add(NameFolding.fold(country.getDisplayCountry(Locale.ITALIAN)));
            // Time-zone cities include city-states and small countries, which Italian writes with an article.
            cityKeys.remove(NameFolding.fold(english));
            cityKeys.remove(NameFolding.fold(country.getDisplayCountry(Locale.ITALIAN)));
        }
    }

    /**
     * The city a time-zone id is named after ("Europe/Rome" → "Rome"): a free list of world cities in
     * English. Sub-regional ids and names that are also common words or people are left out.
     */
    private static String cityOfZone(String zone) {
        String[] parts = zone.split("/");
        if (parts.length != 2 || !CITY_REGIONS.contains(parts[0])) {
            return null;
        }
        String city = parts[1].replace('_', ' ');
        if (city.chars().anyMatch(Character::isDigit) || city.contains("GMT") || NOT_CITIES.contains(city)) {
            return null;
        }
        return city;
    }

    private void add(String alias, String canonical) {
        if (alias.isEmpty()) {
            return;
        }
        String key = NameFolding.fold(alias);
        if (byKey.putIfAbsent(key, canonical) == null) {
            aliases.put(alias, canonical);
        }
    }

    /** The canonical name of a place, or null when the name is not a known place. */
    String canonical(String name) {
        return byKey.get(NameFolding.fold(name));
    }

    boolean isCity(String name) {
        return cityKeys.contains(NameFolding.fold(name));
    }

    boolean isCountry(String name) {
        return countryKeys.contains(NameFolding.fold(name));
    }

    Map<String, String> aliases() {
        return Collections.unmodifiableMap(aliases);
    }
}
