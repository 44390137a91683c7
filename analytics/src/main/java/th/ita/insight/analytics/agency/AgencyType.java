package th.ita.insight.analytics.agency;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Types of local administrative organisation, with the spellings found in Thai government files. */
public enum AgencyType {
    PAO("องค์การบริหารส่วนจังหวัด", "อบจ.", "Provincial administrative organisation",
            List.of("อบจ", "องค์การบริหารส่วนจังหวัด", "pao", "provincial administrative organisation")),
    CITY_MUNICIPALITY("เทศบาลนคร", "ทน.", "City municipality",
            List.of("ทน", "เทศบาลนคร", "city municipality", "city")),
    TOWN_MUNICIPALITY("เทศบาลเมือง", "ทม.", "Town municipality",
            List.of("ทม", "เทศบาลเมือง", "town municipality", "town")),
    SUBDISTRICT_MUNICIPALITY("เทศบาลตำบล", "ทต.", "Subdistrict municipality",
            List.of("ทต", "เทศบาลตำบล", "subdistrict municipality")),
    SAO("องค์การบริหารส่วนตำบล", "อบต.", "Subdistrict administrative organisation",
            List.of("อบต", "องค์การบริหารส่วนตำบล", "sao", "subdistrict administrative organisation", "tao")),
    BANGKOK("กรุงเทพมหานคร", "กทม.", "Bangkok Metropolitan Administration",
            List.of("กทม", "กรุงเทพมหานคร", "bangkok", "bma")),
    PATTAYA("เมืองพัทยา", "เมืองพัทยา", "Pattaya City", List.of("เมืองพัทยา", "pattaya", "pattaya city"));

    private final String nameTh;
    private final String abbrTh;
    private final String nameEn;
    private final List<String> spellings;

    AgencyType(String nameTh, String abbrTh, String nameEn, List<String> spellings) {
        this.nameTh = nameTh;
        this.abbrTh = abbrTh;
        this.nameEn = nameEn;
        this.spellings = spellings;
    }

    public String nameTh() {
        return nameTh;
    }

    public String abbrTh() {
        return abbrTh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Parses the common spellings: อบต., องค์การบริหารส่วนตำบล, ทต., เทศบาลตำบล, SAO, the enum name, ... */
    public static Optional<AgencyType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replace(".", "").replaceAll("\\s+", " ");
        for (AgencyType type : values()) {
            if (type.name().equalsIgnoreCase(t.replace(' ', '_')) || type.spellings.contains(t)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
