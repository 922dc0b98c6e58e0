package org.nmoregister.intake.reading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nmoregister.places.WrittenAddress;
import org.nmoregister.terms.MarkedTerm;

/**
 * Reads the fields of a protective order from its document's text (a PDF's text layer, recognised text of a scan,
 * an e-mail's body): the court, the case number, the kind of order and whether it varies, extends or discharges one,
 * when it was made and with or without notice, the return hearing, how long it lasts, the penal notice, the parties
 * with their dates of birth and addresses (with the C8 marker when the document withholds an address), the children,
 * and each term as the court numbered or lettered it. Courts word these differently (FL404 and FL404A prose and
 * tables, Crown and magistrates' courts' orders, Welsh headings), so each field is looked for by the labels and
 * phrasings courts use, and a field is left empty rather than guessed when nothing says it. Plain Java, stateless.
 */
public final class OrderDocumentReader {

    static final int MAX_READ = 60_000;
    static final double LABELLED = 0.95;
    static final double PHRASED = 0.85;
    static final double INFERRED = 0.6;

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String DATE_RE = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?"
            + "(?:(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?(?<m1>" + MONTHS + ")\\.?,?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + MONTHS + ")\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<d3>\\d{1,2})[/.](?<m3>\\d{1,2})[/.](?<y3>\\d{4})"
            + "|(?<y4>\\d{4})-(?<m4>\\d{2})-(?<d4>\\d{2}))";
    private static final Pattern DATE = Pattern.compile(DATE_RE, Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile(
            "^[,]?\\s*(?:at\\s+)?(?:(?<h>\\d{1,2})[:.](?<min>\\d{2})\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?)?|(?<h2>\\d{1,2})\\s*(?<ap2>a\\.?m\\.?|p\\.?m\\.?)"
                    + "|(?<noon>noon|midday))(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?:(?<h>\\d{1,2})[:.](?<min>\\d{2})\\s*(?<ap>a\\.?m\\.?|p\\.?m\\.?)?|(?<h2>\\d{1,2})\\s*(?<ap2>a\\.?m\\.?|p\\.?m\\.?)"
                    + "|(?<noon>noon|midday))\\s+(?:on\\s+)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern CASE_LABELLED = Pattern.compile(
            "(?:case\\s+(?:no\\.?|number)|claim\\s+no\\.?|URN|indictment\\s+(?:no\\.?|number)|rhif\\s+(?:yr\\s+)?achos|"
                    + "court\\s+ref(?:erence)?\\.?)\\s*[:.]?\\s*(?:/\\s*[\\p{L} ]{3,20}?\\s*[:.]?\\s*)?"
                    + "(?<v>[A-Z0-9][A-Z0-9/\\-]{4,19})(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_SHAPE = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2}\\d{2}[A-Z]\\d{5}|\\d[A-Z]{2}\\d{5}|T\\d{8}|\\d{2}[A-Z]{2}\\d{7})(?![A-Za-z0-9])");

    private static final String PLACE = "[A-Z][\\p{L}'’]+(?:(?:[ -](?:upon|on|under|in|le)[ -]|[ -])[A-Z][\\p{L}'’]+){0,3}";
    private static final Pattern COURT_AT = Pattern.compile(
            "(?:the\\s+)?(?<kind>Family Court|County Court|Crown Court|Magistrates'? Court|Magistrates’ Court)"
                    + "\\s+(?:sitting\\s+)?at\\s+(?<place>" + PLACE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern COURT_NAMED = Pattern.compile(
            "(?<place>" + PLACE + ")\\s+(?<kind>Family Court|County Court|Crown Court|Magistrates['’]? Court|Combined Court)");

    /** "PRESTON MAGISTRATES' COURT", "NEWCASTLE UPON TYNE COMBINED COURT": a heading in capitals. */
    private static final Pattern COURT_NAMED_CAPITALS = Pattern.compile(
            "(?<place>[A-Z][A-Z'’]+(?:(?:[ -](?:UPON|ON|UNDER|IN|LE)[ -]|[ -])[A-Z][A-Z'’]+){0,3})[ \t]+"
                    + "(?<kind>FAMILY COURT|COUNTY COURT|CROWN COURT|MAGISTRATES['’]? COURT|COMBINED COURT)");

    private static final Set<String> NOT_PLACE = Set.of("The", "In", "At", "Before", "Of", "And", "To", "Y", "Llys",
            "Order", "Made", "Sitting", "Court", "Ordered", "By");

    private static final Set<String> AFTER_PLACE = Set.of("Case", "Claim", "No", "No.", "Urn", "Ref", "Indictment",
            "Rhif", "Date", "Dated", "On", "Before", "Order", "Between", "Family", "Magistrates", "Crown", "County");

    private record Type(String type, Pattern pattern) {
    }

    private static final List<Type> TYPES = List.of(
            new Type("UNDERTAKING", Pattern.compile("\\b(?:record of undertaking|form of undertaking|undertaking(?:s)? (?:given )?to the court|(?:gives?|gave|has given) (?:the following )?undertakings?|undertakes? to the court)\\b", Pattern.CASE_INSENSITIVE)),
            new Type("DAPN", Pattern.compile("\\bdomestic abuse protection notice\\b", Pattern.CASE_INSENSITIVE)),
            new Type("DAPO", Pattern.compile("\\bdomestic abuse protection order\\b|\\bDAPO\\b", Pattern.CASE_INSENSITIVE)),
            new Type("STALKING_PROTECTION_ORDER", Pattern.compile("\\bstalking protection order\\b", Pattern.CASE_INSENSITIVE)),
            new Type("RESTRAINING_ORDER", Pattern.compile("\\brestraining order\\b", Pattern.CASE_INSENSITIVE)),
            new Type("OCCUPATION_ORDER", Pattern.compile("\\boccupation order\\b", Pattern.CASE_INSENSITIVE)),
            new Type("NMO", Pattern.compile("\\bnon[- ]?molestation\\b", Pattern.CASE_INSENSITIVE)));

    /**
     * The power a restraining order is made under, as courts cite it: "section 5A of the Protection from Harassment
     * Act 1997", "s.5A PHA 1997", "Sentencing Act 2020, s.360", "section 360 of the Sentencing Code". Section 5 of the
     * 1997 Act is on conviction (offences before December 2020), 5A on acquittal (or a conviction quashed on appeal),
     * section 360 of the Sentencing Code on conviction since. Subsections 5(5) and 5(6) are the offence of breaching
     * an order, cited in its warning, not the power it was made under.
     */
    private static final String PHA = "(?:(?:the\\s+)?Protection\\s+from\\s+Harassment\\s+Act(?:\\s+1997)?|PHA(?:\\s+1997)?)";
    private static final String SECTION = "(?:sections?|ss?\\.?|§)\\s*";
    private static final Pattern PHA_SECTION = Pattern.compile(
            "\\b" + SECTION + "(?<s>5A|5)(?<sub>\\s*\\(\\s*\\d+\\s*\\))?(?![0-9A-Za-z])[^.\\n]{0,25}?\\b(?:of\\s+)?" + PHA
                    + "|\\b" + PHA + "[,\\s]{0,3}\\(?\\s*" + SECTION + "(?<s2>5A|5)(?<sub2>\\s*\\(\\s*\\d+\\s*\\))?(?![0-9A-Za-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCING_CODE = Pattern.compile(
            "\\b" + SECTION + "360\\b[^.\\n]{0,25}?\\b(?:of\\s+)?(?:the\\s+)?(?:Sentencing\\s+(?:Act\\s+2020|Code))"
                    + "|\\b(?:the\\s+)?Sentencing\\s+(?:Act\\s+2020|Code)[,\\s]{0,3}\\(?\\s*(?:" + SECTION + "360\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_ACQUITTAL = Pattern.compile(
            "\\b(?:on|upon|following|after)\\s+(?:(?:the|his|her|their)\\s+)?acquittal\\b|\\b(?:was|were|having\\s+been|been)\\s+acquitted\\b"
                    + "|\\bverdict\\s+of\\s+not\\s+guilty\\b|\\bfound\\s+not\\s+guilty\\b|\\bconviction\\s+(?:was\\s+|has\\s+been\\s+)?quashed\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_CONVICTION = Pattern.compile(
            "\\b(?:on|upon|following|after)\\s+(?:(?:the|his|her|their)\\s+)?conviction\\b|\\b(?:was|were|having\\s+been|been)\\s+convicted\\b"
                    + "|\\b(?:pleaded|pled|found)\\s+guilty\\b",
            Pattern.CASE_INSENSITIVE);

    /** An order known by the Act it is made under when its heading does not name it. */
    private static final List<Type> TYPES_BY_ACT = List.of(
            new Type("STALKING_PROTECTION_ORDER", Pattern.compile("\\bStalking\\s+Protection\\s+Act(?:\\s+2019)?\\b", Pattern.CASE_INSENSITIVE)),
            new Type("RESTRAINING_ORDER", Pattern.compile("\\b" + PHA + "\\b|\\bSentencing\\s+(?:Act\\s+2020|Code)\\b", Pattern.CASE_INSENSITIVE)),
            new Type("NMO", Pattern.compile("\\b" + SECTION + "42\\b[^.\\n]{0,25}?Family\\s+Law\\s+Act(?:\\s+1996)?", Pattern.CASE_INSENSITIVE)),
            new Type("OCCUPATION_ORDER", Pattern.compile("\\b" + SECTION + "(?:33|35|36|37|38)\\b[^.\\n]{0,25}?Family\\s+Law\\s+Act(?:\\s+1996)?", Pattern.CASE_INSENSITIVE)));

    private static final Pattern CHANGE = Pattern.compile(
            "\\b(?<kind>variation|varying|varied|vary|extension|extending|extended|extend|discharging|discharged|discharge)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_CHANGE = Pattern.compile(
            "\\b(?:apply|application|applies|may|right|can|ask|unless|until|if|whether)\\b[^.\\n]{0,60}$", Pattern.CASE_INSENSITIVE);

    private static final Pattern MADE_LABEL = Pattern.compile(
            "(?:date\\s*(?:and|&|/)\\s*time\\s+(?:of\\s+(?:this\\s+|the\\s+)?order|order\\s+made|made)|date\\s+of\\s+(?:this\\s+)?order|order\\s+date"
                    + "|date\\s+order\\s+made|dated|made\\s+on|dyddiad(?:\\s+y\\s+gorchymyn)?"
                    + "|date\\s+made|this\\s+order\\s+was\\s+made\\s+on|date\\s+of\\s+hearing|date)\\s*[:\\-]?\\s*(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * Dates a criminal court labels that are the order's only when nothing labels the order's own date: a
     * restraining order is often made at sentence, days after the conviction.
     */
    private static final Pattern HEARING_LABEL = Pattern.compile(
            "(?:hearing\\s+date|date\\s+of\\s+(?:the\\s+)?(?:hearing|sentence|sentencing|conviction|acquittal|verdict|making)"
                    + "|(?:sentenced|convicted|acquitted|order\\s+made)(?:\\s+on)?|date\\s+of\\s+conviction\\s+and\\s+order)\\s*[:\\-]?\\s*(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MADE_PROSE = Pattern.compile(
            "\\b(?:sitting|sat|heard|made|ordered|before|considered|convicted|acquitted|given)\\b[^.\\n]{0,160}?\\bon\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_ON = Pattern.compile("(?:^|\n|\\.\\s)\\s*On\\s+(?:the\\s+)?$");
    private static final Pattern EARLIER_ORDER = Pattern.compile(
            "\\b(?:the|an?)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:order|undertaking)s?\\s+(?:was\\s+)?(?:made|given)\\s+(?:by\\s+[^.\\n]{0,60}\\s+)?on\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIRTH = Pattern.compile(
            "(?:date\\s+of\\s+birth|d\\.?\\s?o\\.?\\s?b\\.?|born(?:\\s+on)?|dyddiad\\s+geni)\\s*[:\\-]?\\s*(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * What the court says about notice of the hearing that made this order. Without notice: "without notice", "ex
     * parte", "heb rybudd", or that the respondent was not given notice. On notice: "on notice", "inter partes", the
     * respondent given or served with notice (whether or not they then came), or the respondent, defendant or
     * subject attending, appearing, present or represented; an applicant attending says nothing, since an applicant
     * attends a hearing without notice too.
     */
    private static final Pattern WITHOUT_NOTICE = Pattern.compile(
            "\\bwithout\\s+(?:(?:giving|having\\s+been\\s+given|any)\\s+)?notice\\b|\\bex\\s+parte\\b|\\bheb\\s+rybudd\\b"
                    + "|\\b(?:was|were|has|had|having)\\s+not\\s+(?:been\\s+)?(?:given|served\\s+with|had|received)\\s+(?:any\\s+)?notice\\b"
                    + "|\\bnot\\s+having\\s+been\\s+(?:given|served\\s+with)\\s+notice\\b|\\bno\\s+notice\\s+(?:was|has\\s+been|having\\s+been)\\s+given\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE_GIVEN = Pattern.compile(
            "\\b(?:on|with)\\s+notice\\b|\\binter\\s+partes\\b|\\bar\\s+rybudd\\b|\\b(?:given|served\\s+with|had|received|having)\\s+(?:due\\s+|proper\\s+)?notice\\b"
                    + "|\\b(?:duly\\s+)?(?:notified|informed)\\s+of\\s+(?:the|this)\\s+(?:hearing|application)\\b"
                    + "|\\bnotice\\s+of\\s+(?:the|this)\\s+(?:hearing|application)\\s+(?:was|having\\s+been|has\\s+been)\\s+(?:given|served)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\b(?:attended|attending|attends|appeared|appearing|appears|was\\s+present|were\\s+present|being\\s+present"
                    + "|present\\s+in\\s+court|in\\s+the\\s+presence\\s+of|was\\s+represented|were\\s+represented|being\\s+represented"
                    + "|represented\\s+by|in\\s+person|(?:made|making)\\s+representations"
                    + "|(?:having|upon|after)\\s+(?:heard|hearing)|heard\\s+(?:representations\\s+)?(?:from|on\\s+behalf\\s+of))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_PARTY = Pattern.compile(
            "\\b(?:respondent|defendant|subject|both\\s+parties|the\\s+parties|all\\s+parties|atebydd|diffynnydd)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile(
            "\\b(?:not|no|neither|nor|never|failed\\s+to|without)\\s+(?:\\w+\\s+){0,2}$|n['’]t\\s+(?:\\w+\\s+){0,1}$",
            Pattern.CASE_INSENSITIVE);
    /** "the order made without notice on 3 March": said of an earlier order, not of this one. */
    private static final Pattern ABOUT_EARLIER = Pattern.compile(
            "\\b(?:order|application|injunction|hearing)s?\\s+(?:(?:was|were)\\s+)?(?:made|granted|issued|heard|dated)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern RETURN = Pattern.compile(
            "\\breturn\\s+(?:date|hearing)\\b|\\bfurther\\s+hearing\\b|\\bthe\\s+court\\s+will\\s+(?:re)?consider\\b|\\bgwrandawiad\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FURTHER_ORDER = Pattern.compile("\\buntil\\s+further\\s+order\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTIL_HEARING = Pattern.compile(
            "\\b(?:until|to)\\s+(?:the\\s+(?:conclusion\\s+of\\s+the\\s+)?)?(?:return|next|further)\\s+hearing\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS = Pattern.compile(
            "\\b(?:last|lasts|force|effect|effective|expires?|extended|applies|apply|continue|continues|remain|remains|"
                    + "in\\s+place|end|ends|ending)\\b[^.\\n]{0,60}?\\b(?:until|to|on|till)\\s+(?:and\\s+including\\s+)?(?:the\\s+)?$"
                    + "|\\b(?:expiry|end)\\s+date\\s*[:\\-]?\\s*$|\\buntil\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PENAL = Pattern.compile(
            "\\bpenal\\s+notice\\b|\\bcontempt\\s+of\\s+court\\b|\\b(?:sent|committed)\\s+to\\s+prison\\b|\\bimprisonment\\b|\\bhysbysiad\\s+cosb\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern APPLICANT_LABEL = Pattern.compile(
            "\\b(?:applicant|protected\\s+persons?|persons?\\s+protected(?:\\s+by\\s+(?:this|the)\\s+order)?|person\\s+to\\s+be\\s+protected"
                    + "|victim|complainant|ceisydd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESPONDENT_LABEL = Pattern.compile(
            "\\b(?:respondent|defendant|subject(?:\\s+of\\s+(?:the|this)\\s+order)?|person\\s+subject\\s+to\\s+(?:the|this)\\s+order"
                    + "|person\\s+against\\s+whom\\s+(?:the|this)\\s+order\\s+is\\s+made|atebydd|diffynnydd)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern R_V = Pattern.compile("\\b(?:R|Regina|The Queen|The King|Rex)\\s+v\\.?\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NAME_STOPS = Set.of("date", "dob", "d.o.b.", "d.o.b", "born", "of", "address",
            "and", "applicant", "respondent", "defendant", "the", "who", "must", "shall", "is", "has", "whose",
            "residing", "living", "at", "child", "children", "name", "names", "protected", "person", "subject",
            "court", "order", "case", "on", "in", "v", "to", "was", "will", "by", "for", "relationship", "c8",
            "confidential", "aged", "age", "full", "r", "victim", "mother", "father", "ceisydd", "atebydd");

    /** A heading or label naming the children: "Relevant child:", "Children of the family", "Plant:". */
    private static final Pattern CHILDREN = Pattern.compile(
            "(?:^|\n)[ \t]*(?:the\\s+)?(?:(?:relevant|named)\\s+)?(?:child(?:ren)?|plant|plentyn)(?:\\s+of\\s+the\\s+family|\\s+concerned)?(?:['’]s)?(?:\\s+names?)?\\s*(?:\\(ren\\))?\\s*[:\\-–]",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CONFIDENTIAL = Pattern.compile(
            "\\bconfidential\\b|\\bC8\\b|\\bwithheld\\b|\\bnot\\s+(?:to\\s+be\\s+)?disclosed\\b|\\bcyfrinachol\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TERMS_START = Pattern.compile(
            "(?:the\\s+court\\s+orders?\\s+that|it\\s+is\\s+(?:hereby\\s+)?ordered\\s+that|ordered\\s+that|order(?:s)?\\s+that\\s+the\\s+(?:respondent|defendant)"
                    + "|must\\s+not\\s*:|shall\\s+not\\s*:|is\\s+(?:forbidden|prohibited|restrained)\\s+from|undertakes?\\s+(?:to\\s+the\\s+court\\s+)?(?:not\\s+to|that)"
                    + "|promises?\\s+(?:the\\s+court\\s+)?(?:not\\s+to|that)|terms\\s+of\\s+(?:the|this)\\s+order|prohibitions?\\s*:|requirements?\\s*:|"
                    + "is\\s+varied\\s+(?:as\\s+follows|so\\s+that)|as\\s+follows\\s*:|(?:prohibit|restrain|forbid)(?:s|ing|ding)\\s+(?:the\\s+)?(?:respondent|defendant|subject)\\s+from|promis(?:e|es|ing)\\s*(?:that|to|not\\s+to)?\\s*:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TERMS_END = Pattern.compile(
            "^\\s*(?:penal\\s+notice|warning|important\\s+notice|notice\\s+to|important|return\\s+hearing|duration|this\\s+order\\s+(?:will|shall|lasts|is\\s+effective|applies|remains|continues)"
                    + "|dated|signed|date\\s+of\\s+order|by\\s+order|the\\s+court\\s+has|further\\s+hearing|the\\s+respondent\\s+(?:has\\s+the\\s+right|may\\s+apply)"
                    + "|hysbysiad|rhybudd|notes?\\s*:|effect\\s+of|length\\s+of|expiry|service)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STEM_LINE = Pattern.compile(
            "(?:must\\s+not|shall\\s+not|is\\s+(?:forbidden|prohibited|restrained)\\s+from|undertakes?\\s+(?:to\\s+the\\s+court\\s+)?(?:not\\s+to|that|to)"
                    + "|promises?\\s+(?:the\\s+court\\s+)?(?:not\\s+to|that|to)|must|shall)[^:\\n]{0,80}:\\s*$"
                    + "|\\b(?:prohibit|restrain|forbid)(?:s|ing|ding)?\\s+(?:the\\s+)?(?:respondent|defendant|subject)\\s+from\\s*[:\\-–]?\\s*$"
                    + "|\\b(?:must\\s+not|shall\\s+not|may\\s+not|is\\s+(?:forbidden|prohibited|restrained)\\s+from)\\s*[\\-–]?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private OrderDocumentReader() {
    }

    public static OrderReading read(String text) {
        // an order is a few pages: past this the text is not read (its offsets stay those of the whole text)
        String t = text == null ? "" : text.length() > MAX_READ ? text.substring(0, MAX_READ) : text;
        Map<String, ReadField> fields = new LinkedHashMap<>();
        court(t, fields);
        caseNumber(t, fields);
        orderType(t, fields);
        basis(t, fields);
        change(t, fields);
        madeAt(t, fields);
        withoutNotice(t, fields);
        returnHearing(t, fields);
        duration(t, fields);
        penal(t, fields);
        int termsAt = termsStart(t);
        parties(t, termsAt, fields);
        children(t, termsAt, fields);
        List<ReadField> terms = terms(t, termsAt);
        return new OrderReading(t, fields, terms);
    }

    // ---- court and case ----

    private static void court(String t, Map<String, ReadField> fields) {
        Matcher at = COURT_AT.matcher(t);
        while (at.find()) {
            String kind = canonicalKind(at.group("kind"));
            String place = trimPlace(at.group("place"));
            if (place == null) {
                continue;
            }
            String value = kind.equals("Magistrates' Court") ? place + " Magistrates' Court" : "The " + kind + " at " + place;
            put(fields, "court", value, at.start(), at.start("place") + place.length(), LABELLED);
            return;
        }
        for (Pattern pattern : List.of(COURT_NAMED, COURT_NAMED_CAPITALS)) {
            if (named(t, pattern, fields)) {
                return;
            }
        }
    }

    private static boolean named(String t, Pattern pattern, Map<String, ReadField> fields) {
        Matcher named = pattern.matcher(t);
        while (named.find()) {
            String place = trimPlace(named.group("place"));
            if (place == null) {
                continue;
            }
            String kind = canonicalKind(named.group("kind"));
            // as the court writes its own name ("Leeds Family Court"): the register matches orders by it
            String value = place + " " + kind;
            int start = named.end("place") - place.length();
            put(fields, "court", value, start, named.end(), PHRASED);
            return true;
        }
        return false;
    }

    private static String canonicalKind(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        if (k.startsWith("magistrates")) {
            return "Magistrates' Court";
        }
        return k.startsWith("family") ? "Family Court" : k.startsWith("county") ? "County Court"
                : k.startsWith("crown") ? "Crown Court" : "Combined Court";
    }

    /** A place name with the words before it that are not part of it ("In The", "Before the") taken off. */
    private static String trimPlace(String place) {
        String[] words = place.strip().split("\\s+");
        int from = 0;
        while (from < words.length && NOT_PLACE.contains(capitalised(words[from]))) {
            from++;
        }
        if (from == words.length) {
            return null;
        }
        int to = from;
        while (to < words.length && !AFTER_PLACE.contains(capitalised(words[to]))) {
            to++;
        }
        if (to == from) {
            return null;
        }
        String kept = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        kept = kept.chars().noneMatch(Character::isLowerCase) ? capitalised(kept) : kept;
        return kept.replaceAll("(?<=[ -])(Upon|On|Under|In|Le)(?=[ -])", "$1").replaceAll("(?<=[ -])Upon(?=[ -])", "upon")
                .replaceAll("(?<=[ -])On(?=[ -])", "on").replaceAll("(?<=[ -])Under(?=[ -])", "under")
                .replaceAll("(?<=[ -])In(?=[ -])", "in").replaceAll("(?<=[ -])Le(?=[ -])", "le");
    }

    private static void caseNumber(String t, Map<String, ReadField> fields) {
        Matcher m = CASE_LABELLED.matcher(t);
        while (m.find()) {
            String v = m.group("v");
            if (v.chars().anyMatch(Character::isDigit)) {
                put(fields, "caseNumber", v.toUpperCase(Locale.ROOT), m.start("v"), m.end("v"), LABELLED);
                return;
            }
        }
        Matcher shape = CASE_SHAPE.matcher(t);
        if (shape.find()) {
            put(fields, "caseNumber", shape.group(1), shape.start(1), shape.end(1), PHRASED);
        }
    }

    // ---- what order ----

    private static void orderType(String t, Map<String, ReadField> fields) {
        String head = t.substring(0, Math.min(t.length(), Math.max(600, termsStart(t))));
        Matcher best = null;
        String bestType = null;
        for (Type type : TYPES) {
            Matcher m = type.pattern().matcher(head);
            if (m.find() && (best == null || m.start() < best.start() || type.type().equals("UNDERTAKING"))) {
                best = m;
                bestType = type.type();
                if (type.type().equals("UNDERTAKING")) {
                    break;
                }
            }
        }
        if (best == null) {
            for (Type type : TYPES_BY_ACT) {
                Matcher m = type.pattern().matcher(head);
                if (m.find()) {
                    put(fields, "orderType", type.type(), m.start(), m.end(), PHRASED);
                    return;
                }
            }
            for (Type type : TYPES) {
                Matcher m = type.pattern().matcher(t);
                if (m.find()) {
                    put(fields, "orderType", type.type(), m.start(), m.end(), INFERRED);
                    return;
                }
            }
            return;
        }
        put(fields, "orderType", bestType, best.start(), best.end(), PHRASED);
    }

    /**
     * For a restraining order, what it was made on (conviction or acquittal) and under which power, when the
     * document says: "on acquittal, Protection from Harassment Act 1997 s.5A". The section decides; without one,
     * the court's words (acquitted, convicted, pleaded guilty) say which, and the power is left unsaid.
     */
    private static void basis(String t, Map<String, ReadField> fields) {
        if (!"RESTRAINING_ORDER".equals(value(fields, "orderType"))) {
            return;
        }
        String head = t.substring(0, Math.min(t.length(), Math.max(1500, termsStart(t) + 200)));
        Matcher pha = PHA_SECTION.matcher(head);
        while (pha.find()) {
            String section = pha.group("s") != null ? pha.group("s") : pha.group("s2");
            String sub = pha.group("sub") != null ? pha.group("sub") : pha.group("sub2");
            if (section.equals("5") && sub != null && sub.replaceAll("\\D", "").matches("[4-7]")) {
                continue;
            }
            boolean acquittal = section.equalsIgnoreCase("5A");
            put(fields, "basis", (acquittal ? "on acquittal" : "on conviction") + ", Protection from Harassment Act 1997 s."
                    + section.toUpperCase(Locale.ROOT), pha.start(), pha.end(), LABELLED);
            return;
        }
        Matcher code = SENTENCING_CODE.matcher(head);
        if (code.find()) {
            put(fields, "basis", "on conviction, Sentencing Act 2020 s.360", code.start(), code.end(), LABELLED);
            return;
        }
        Matcher acquitted = ON_ACQUITTAL.matcher(head);
        Matcher convicted = ON_CONVICTION.matcher(head);
        boolean a = acquitted.find();
        boolean c = convicted.find();
        // convicted of one charge and acquitted of another says neither alone; a conviction quashed on appeal is
        // the acquittal power's (s.5A(1A))
        boolean quashed = a && acquitted.group().toLowerCase(Locale.ROOT).contains("quashed");
        if (a && (!c || quashed)) {
            put(fields, "basis", "on acquittal", acquitted.start(), acquitted.end(), PHRASED);
        } else if (c && !a) {
            put(fields, "basis", "on conviction", convicted.start(), convicted.end(), PHRASED);
        }
    }

    private static void change(String t, Map<String, ReadField> fields) {
        int limit = Math.min(t.length(), Math.max(900, termsStart(t) + 300));
        Matcher m = CHANGE.matcher(t).region(0, limit);
        while (m.find()) {
            String before = t.substring(Math.max(0, lineOrSentenceStart(t, m.start())), m.start());
            if (NOT_A_CHANGE.matcher(before).find()) {
                continue;
            }
            String k = m.group("kind").toLowerCase(Locale.ROOT);
            String value = k.startsWith("var") ? "VARIATION" : k.startsWith("ext") ? "EXTENSION" : "DISCHARGE";
            put(fields, "change", value, m.start(), m.end(), PHRASED);
            return;
        }
        put(fields, "change", "NEW_ORDER", 0, 0, INFERRED);
    }

    private static int lineOrSentenceStart(String t, int at) {
        int i = at;
        while (i > 0 && t.charAt(i - 1) != '\n' && !(t.charAt(i - 1) == ' ' && i > 1 && t.charAt(i - 2) == '.')) {
            i--;
        }
        return i;
    }

    // ---- dates ----

    record FoundDate(LocalDate date, LocalTime time, int start, int end) {
        String value() {
            return time == null ? date.toString() : LocalDateTime.of(date, time).toString();
        }
    }

    static List<FoundDate> dates(String t) {
        List<FoundDate> found = new ArrayList<>();
        Matcher m = DATE.matcher(t);
        while (m.find()) {
            LocalDate date = date(m);
            if (date == null) {
                continue;
            }
            int end = m.end();
            LocalTime time = null;
            Matcher after = TIME.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 25));
            if (after.lookingAt()) {
                time = time(after);
                end = after.end();
            }
            int start = m.start();
            if (time == null) {
                String before = t.substring(Math.max(0, m.start() - 25), m.start());
                Matcher b = TIME_BEFORE.matcher(before);
                if (b.find()) {
                    time = time(b);
                    start = m.start() - before.length() + b.start();
                }
            }
            found.add(new FoundDate(date, time, start, end));
        }
        return found;
    }

    private static LocalDate date(Matcher m) {
        try {
            if (m.group("d1") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1")));
            }
            if (m.group("d2") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2")));
            }
            if (m.group("d3") != null) {
                return LocalDate.of(Integer.parseInt(m.group("y3")), Integer.parseInt(m.group("m3")),
                        Integer.parseInt(m.group("d3")));
            }
            return LocalDate.of(Integer.parseInt(m.group("y4")), Integer.parseInt(m.group("m4")),
                    Integer.parseInt(m.group("d4")));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(n) + 1;
    }

    private static LocalTime time(Matcher m) {
        if (m.group("noon") != null) {
            return LocalTime.NOON;
        }
        String hs = m.group("h") != null ? m.group("h") : m.group("h2");
        int h = Integer.parseInt(hs);
        int min = m.group("min") != null ? Integer.parseInt(m.group("min")) : 0;
        String ap = m.group("ap") != null ? m.group("ap") : m.group("ap2");
        if (ap != null) {
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }

    private static String before(String t, int at, int chars) {
        return t.substring(Math.max(0, at - chars), at);
    }

    private static boolean isBirth(String t, FoundDate d) {
        return BIRTH.matcher(before(t, d.start(), 40)).find()
                || before(t, d.start(), 3).endsWith("(b.") || before(t, d.start(), 2).equals("b.");
    }

    private static void madeAt(String t, Map<String, ReadField> fields) {
        List<FoundDate> all = dates(t);
        FoundDate labelled = null;
        FoundDate hearing = null;
        FoundDate prose = null;
        for (FoundDate d : all) {
            if (isBirth(t, d)) {
                continue;
            }
            String b = before(t, d.start(), 200);
            String near = before(t, d.start(), 45);
            if (EARLIER_ORDER.matcher(b).find()) {
                continue;
            }
            Matcher label = MADE_LABEL.matcher(near);
            boolean isLabel = false;
            while (label.find()) {
                if (label.end() == near.length() && !near.substring(0, label.start()).matches("(?s).*\\b(?:birth|expiry|end|hearing\\s+date|return)\\s*$")) {
                    String word = label.group().strip().toLowerCase(Locale.ROOT);
                    isLabel = !word.startsWith("date") || word.length() > 4
                            || !near.substring(0, label.start()).toLowerCase(Locale.ROOT).matches("(?s).*(?:expiry|end|return|hearing)\\s*$");
                }
            }
            if (isLabel && !RETURN.matcher(before(t, d.start(), 60)).find()) {
                if (labelled == null) {
                    labelled = d;
                }
            } else if (hearing == null && HEARING_LABEL.matcher(near).find() && !RETURN.matcher(before(t, d.start(), 60)).find()) {
                hearing = d;
            } else if (prose == null && (MADE_PROSE.matcher(b).find() || LINE_ON.matcher(b).find()) && !RETURN.matcher(before(t, d.start(), 80)).find()
                    && !ENDS.matcher(before(t, d.start(), 80)).find()) {
                prose = d;
            }
        }
        FoundDate chosen = labelled != null ? labelled : hearing != null ? hearing : prose;
        if (chosen != null) {
            FoundDate withTime = chosen;
            if (chosen.time() == null) {
                // a time given on its own line near the date ("Time: 10:30")
                Matcher tm = Pattern.compile("\\btime\\s*(?:made)?\\s*[:\\-]\\s*", Pattern.CASE_INSENSITIVE).matcher(t)
                        .region(Math.max(0, chosen.start() - 120), Math.min(t.length(), chosen.end() + 120));
                if (tm.find()) {
                    Matcher time = TIME.matcher(t).region(tm.end(), Math.min(t.length(), tm.end() + 12));
                    if (time.lookingAt() && time(time) != null) {
                        withTime = new FoundDate(chosen.date(), time(time), chosen.start(), chosen.end());
                    }
                }
            }
            put(fields, "madeAt", withTime.value(), chosen.start(), chosen.end(), chosen == labelled ? LABELLED : PHRASED);
        }
    }

    /**
     * Without notice when the document says so of this order; on notice when it says the other side had notice or
     * took part. A "without notice" said of an earlier order ("the order made without notice on 3 March is
     * discharged") counts only when nothing says this hearing was on notice. Conditions ("if this order was made
     * without notice, ...") and negations ("the respondent did not attend", "not given notice") are not statements
     * that it was.
     */
    private static void withoutNotice(String t, Map<String, ReadField> fields) {
        int[] earlier = null;
        Matcher w = WITHOUT_NOTICE.matcher(t);
        while (w.find()) {
            String sentence = sentenceBefore(t, w.start()).toLowerCase(Locale.ROOT);
            if (conditional(sentence)) {
                continue;
            }
            String after = t.substring(w.end(), Math.min(t.length(), w.end() + 40)).toLowerCase(Locale.ROOT);
            boolean aboutEarlier = ABOUT_EARLIER.matcher(before(t, w.start(), 40)).find()
                    && after.matches("(?s)\\s*(?:on|dated|of)\\b.*")
                    || before(t, w.start(), 40).toLowerCase(Locale.ROOT).matches("(?s).*\\bthe\\s+$")
                    && after.matches("(?s)\\s*(?:order|injunction|hearing)\\s+(?:of|made|dated|on)\\b.*");
            if (aboutEarlier) {
                earlier = earlier == null ? new int[] {w.start(), w.end()} : earlier;
                continue;
            }
            put(fields, "withoutNotice", "true", w.start(), w.end(), PHRASED);
            return;
        }
        int[] onNotice = null;
        Matcher n = NOTICE_GIVEN.matcher(t);
        while (n.find() && onNotice == null) {
            String sentence = sentenceBefore(t, n.start());
            if (!conditional(sentence.toLowerCase(Locale.ROOT)) && !NEGATED.matcher(before(t, n.start(), 30)).find()) {
                onNotice = new int[] {n.start(), n.end()};
            }
        }
        Matcher a = ATTENDANCE.matcher(t);
        while (a.find() && (onNotice == null || a.start() < onNotice[0])) {
            String sentence = sentenceBefore(t, a.start());
            // the respondent, defendant or subject (or both parties) is the one there: "the respondent attending",
            // "both parties attended"; or the one heard or in whose presence: "having heard counsel for the applicant
            // and the respondent in person" (up to the next comma: "..., the respondent not attending" is not)
            boolean objectFollows = a.group().toLowerCase(Locale.ROOT).matches("(?s)(?:in\\s+the\\s+presence\\s+of|having.*|upon.*|after.*|heard.*)");
            boolean otherSide;
            if (objectFollows) {
                String after = t.substring(a.end(), sentenceEnd(t, a.end())).split("[,(]", 2)[0];
                otherSide = OTHER_PARTY.matcher(after).find();
            } else {
                otherSide = OTHER_PARTY.matcher(sentence.substring(Math.max(0, sentence.length() - 90))).find();
            }
            if (otherSide && !conditional(sentence.toLowerCase(Locale.ROOT)) && !NEGATED.matcher(before(t, a.start(), 30)).find()) {
                onNotice = new int[] {a.start(), a.end()};
            }
        }
        if (onNotice != null) {
            put(fields, "withoutNotice", "false", onNotice[0], onNotice[1], PHRASED);
        } else if (earlier != null) {
            put(fields, "withoutNotice", "true", earlier[0], earlier[1], INFERRED);
        }
    }

    private static boolean conditional(String sentenceLower) {
        // a wrapped sentence's start decides ("If this order was made\nwithout notice"); what else is said is read
        // on the line itself, since a text layer runs headings into the sentence after them
        String line = sentenceLower.substring(sentenceLower.lastIndexOf('\n') + 1);
        return sentenceLower.matches("(?s)\\s*(?:if|where|when|as|unless)\\b.*") || sentenceLower.contains("if this order")
                || line.matches("(?s)\\s*(?:if|where|when|unless)\\b.*")
                || line.matches("(?s).*\\b(?:apply|applies|application\\s+to\\s+(?:set\\s+aside|vary|discharge))\\b.*")
                || line.matches("(?s).*\\b(?:if|where|unless)\\s+(?:the\\s+)?(?:respondent|defendant|subject|order|you)\\b.*");
    }

    /** The sentence up to {@code at}: from the last full stop, semicolon or blank line, across wrapped lines. */
    private static String sentenceBefore(String t, int at) {
        int from = Math.max(0, at - 240);
        String window = t.substring(from, at);
        int cut = -1;
        Matcher end = Pattern.compile("[.;](?=\\s)|\\n\\s*\\n|:\\s*\\n").matcher(window);
        while (end.find()) {
            cut = end.end();
        }
        return window.substring(cut < 0 ? 0 : cut);
    }

    private static int sentenceEnd(String t, int from) {
        Matcher end = Pattern.compile("[.;](?=\\s|$)|\\n\\s*\\n").matcher(t).region(from, Math.min(t.length(), from + 240));
        return end.find() ? end.start() : Math.min(t.length(), from + 240);
    }

    private static void returnHearing(String t, Map<String, ReadField> fields) {
        Matcher r = RETURN.matcher(t);
        while (r.find()) {
            String sentence = t.substring(lineOrSentenceStart(t, r.start()), r.start()).toLowerCase(Locale.ROOT);
            if (sentence.contains("until") || sentence.contains("if ")) {
                continue;
            }
            int limit = Math.min(t.length(), r.end() + 250);
            for (FoundDate d : dates(t.substring(0, limit))) {
                if (d.start() >= r.end() && !t.substring(r.end(), d.start()).contains("\n\n")) {
                    put(fields, "returnHearingAt", d.value(), r.start(), d.end(), d.time() != null ? PHRASED : INFERRED);
                    return;
                }
            }
        }
    }

    private static void duration(String t, Map<String, ReadField> fields) {
        FoundDate end = null;
        boolean extension = "EXTENSION".equals(value(fields, "change"));
        for (FoundDate d : dates(t)) {
            String b = before(t, d.start(), 90);
            if (ENDS.matcher(b).find() && !isBirth(t, d) && !RETURN.matcher(before(t, d.start(), 40)).find()) {
                if (end == null || extension && b.toLowerCase(Locale.ROOT).contains("extended")) {
                    end = d;
                }
            }
        }
        Matcher further = FURTHER_ORDER.matcher(t);
        Matcher hearing = UNTIL_HEARING.matcher(t);
        boolean furtherFound = further.find();
        boolean hearingFound = hearing.find();
        if (end != null && (!furtherFound || end.start() < further.start() || extension)) {
            put(fields, "duration", "UNTIL_DATE", end.start(), end.end(), PHRASED);
            LocalTime time = end.time() == null ? null : end.time();
            put(fields, "endsAt", time == null ? end.date().toString() : LocalDateTime.of(end.date(), time).toString(),
                    end.start(), end.end(), PHRASED);
        } else if (furtherFound) {
            put(fields, "duration", "UNTIL_FURTHER_ORDER", further.start(), further.end(), PHRASED);
        } else if (hearingFound) {
            put(fields, "duration", "UNTIL_NEXT_HEARING", hearing.start(), hearing.end(), PHRASED);
        }
    }

    private static void penal(String t, Map<String, ReadField> fields) {
        Matcher p = PENAL.matcher(t);
        if (p.find()) {
            put(fields, "penalNotice", "true", p.start(), p.end(), PHRASED);
        } else {
            put(fields, "penalNotice", "false", 0, 0, INFERRED);
        }
    }

    // ---- parties ----

    private record Name(String value, int start, int end) {
    }

    /** The name written from {@code at}: capitalised words, a title dropped, stopping at a label or a date. */
    static Name nameAt(String t, int at) {
        Matcher word = Pattern.compile("\\G[\\s,:\\-–]*(?<w>[\\p{L}][\\p{L}'’.\\-]*)").matcher(t);
        word.region(at, Math.min(t.length(), at + 120));
        List<String> words = new ArrayList<>();
        int start = -1;
        int end = -1;
        int pos = at;
        while (word.find(pos)) {
            if (word.start() != pos || t.substring(pos, word.start("w")).contains("\n") && !words.isEmpty()) {
                break;
            }
            if (t.substring(pos, word.start("w")).contains("  ") && !words.isEmpty()) {
                break;
            }
            // a comma ends a name ("John SMITH, 12 Mill Lane", "Jane Smith, Flat 2 ..."), but for a surname written
            // first ("SMITH, Darren")
            if (t.substring(pos, word.start("w")).contains(",") && words.size() >= 2) {
                break;
            }
            String w = word.group("w");
            if (!words.isEmpty() || start >= 0) {
                // nothing
            }
            if (TITLE.matcher(w).matches() && words.isEmpty()) {
                pos = word.end();
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[.]$", "");
            if (!Character.isUpperCase(w.charAt(0)) || NAME_STOPS.contains(lower)) {
                break;
            }
            if (start < 0) {
                start = word.start("w");
            }
            words.add(w.replaceAll("[.]$", ""));
            end = word.start("w") + w.replaceAll("[.]$", "").length();
            pos = word.end();
            if (words.size() == 5) {
                break;
            }
        }
        if (words.size() < 2) {
            return null;
        }
        // "SMITH, Darren" (a criminal court's way): the surname in capitals, a comma, then the forenames
        int firstEnd = t.indexOf(words.get(0), start) + words.get(0).length();
        int second = t.indexOf(words.get(1), firstEnd);
        if (second > firstEnd && t.substring(firstEnd, second).contains(",") && isCapitals(words.get(0))
                && !isCapitals(words.get(1))) {
            List<String> reordered = new ArrayList<>(words.subList(1, words.size()));
            reordered.add(words.get(0));
            words = reordered;
        }
        return new Name(properName(String.join(" ", words)), start, end);
    }

    private static boolean isCapitals(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** "JOHN O'BRIEN" is written John O'Brien; a name already in mixed case is kept as written. */
    static String properName(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.chars().anyMatch(Character::isLowerCase) ? w : capitalised(w));
        }
        return out.toString();
    }

    private static String capitalised(String w) {
        StringBuilder out = new StringBuilder();
        boolean up = true;
        for (char c : w.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(up ? Character.toUpperCase(c) : c);
            up = c == '\'' || c == '’' || c == '-' || c == ' ';
        }
        return out.toString();
    }

    private record Party(Name name, int blockStart, int blockEnd, double confidence) {
    }

    private static void parties(String t, int termsAt, Map<String, ReadField> fields) {
        int headEnd = termsAt > 0 ? termsAt : t.length();
        Party applicant = party(t, APPLICANT_LABEL, headEnd, false);
        Party respondent = party(t, RESPONDENT_LABEL, headEnd, true);
        if (respondent == null) {
            Matcher rv = R_V.matcher(t);
            if (rv.find()) {
                Name n = nameAt(t, rv.end());
                if (n != null) {
                    respondent = new Party(n, rv.start(), Math.min(t.length(), n.end() + 300), PHRASED);
                }
            }
        }
        if (applicant != null && respondent != null) {
            // each party's details end where the other's begin
            if (applicant.blockStart() < respondent.blockStart()) {
                applicant = new Party(applicant.name(), applicant.blockStart(),
                        Math.min(applicant.blockEnd(), lineStartOf(t, respondent.name().start())), applicant.confidence());
            } else {
                respondent = new Party(respondent.name(), respondent.blockStart(),
                        Math.min(respondent.blockEnd(), lineStartOf(t, applicant.name().start())), respondent.confidence());
            }
        }
        describe(t, "applicant", applicant, fields);
        describe(t, "respondent", respondent, fields);
    }

    private static int lineStartOf(String t, int at) {
        int i = at;
        while (i > 0 && t.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static Party party(String t, Pattern label, int headEnd, boolean respondent) {
        Matcher m = label.matcher(t);
        Party nameBefore = null;
        while (m.find()) {
            int lineStart = lineStartOf(t, m.start());
            if (m.start() > Math.max(headEnd, 400) + 200 && !t.substring(lineStart, m.start()).isBlank()) {
                continue;
            }
            int lineEnd = t.indexOf('\n', m.end());
            lineEnd = lineEnd < 0 ? t.length() : lineEnd;
            String beforeOnLine = t.substring(lineStart, m.start());
            String rest = t.substring(m.end(), Math.min(t.length(), m.end() + 6));
            String restLine = t.substring(m.end(), lineEnd).toLowerCase(Locale.ROOT);
            if ((rest.startsWith("'s") || rest.startsWith("’s")) && !restLine.matches("^['’]s\\s+(?:full\\s+)?name.*")) {
                continue;
            }
            // "Applicant: Jane Smith", "The Respondent, Mr John SMITH", "Applicant  Jane SMITH"
            int after = m.end();
            Matcher joiner = Pattern.compile("\\G\\s*(?:['’]s\\s+(?:full\\s+)?name|name|\\(s\\))?\\s*(?:[:,\\-–]|is|being)?\\s*(?:(?:the\\s+)?(?:full\\s+)?name\\s*[:\\-]?\\s*)?")
                    .matcher(t);
            if (joiner.find(after)) {
                after = joiner.end();
            }
            Name n = nameAt(t, after);
            if (n != null && n.start() - m.end() < 40 && !t.substring(m.end(), n.start()).contains("\n\n")) {
                return new Party(n, m.start(), blockEnd(t, n.end()), LABELLED);
            }
            // "JANE SMITH        Applicant" (the FL404A heading)
            if (nameBefore == null && !beforeOnLine.isBlank() && t.substring(m.end(), lineEnd).isBlank()) {
                Name b = nameAt(t, lineStart);
                if (b != null && b.end() <= m.start()) {
                    nameBefore = new Party(b, lineStart, blockEnd(t, m.end()), PHRASED);
                }
            }
        }
        return nameBefore;
    }

    /** A party's details run to the next blank line, or at most a few lines on. */
    private static int blockEnd(String t, int from) {
        int blank = t.indexOf("\n\n", from);
        int limit = Math.min(t.length(), from + 400);
        return blank < 0 ? limit : Math.min(limit, blank);
    }

    private static void describe(String t, String who, Party party, Map<String, ReadField> fields) {
        if (party == null) {
            return;
        }
        put(fields, who + "Name", party.name().value(), party.name().start(), party.name().end(), party.confidence());
        String block = t.substring(party.name().end(), party.blockEnd());
        int offset = party.name().end();
        for (FoundDate d : dates(block)) {
            if (BIRTH.matcher(before(block, d.start(), 40)).find()) {
                put(fields, who + "DateOfBirth", d.date().toString(), offset + d.start(), offset + d.end(), LABELLED);
                break;
            }
        }
        // a date of birth given under its own label elsewhere ("Respondent's date of birth: ...")
        if (!fields.containsKey(who + "DateOfBirth")) {
            Matcher own = Pattern.compile("\\b" + (who.equals("applicant") ? "(?:applicant|protected person)" : "(?:respondent|defendant)")
                    + "(?:'s|’s)\\s+(?:date\\s+of\\s+birth|d\\.?o\\.?b\\.?)\\s*[:\\-]?\\s*", Pattern.CASE_INSENSITIVE).matcher(t);
            if (own.find()) {
                for (FoundDate d : dates(t.substring(own.end(), Math.min(t.length(), own.end() + 40)))) {
                    put(fields, who + "DateOfBirth", d.date().toString(), own.end() + d.start(), own.end() + d.end(), LABELLED);
                    break;
                }
            }
        }
        Matcher address = Pattern.compile("\\b(?:address|of|residing at|living at|lives at|cyfeiriad)\\b\\s*[:\\-]?\\s*",
                Pattern.CASE_INSENSITIVE).matcher(block);
        while (address.find()) {
            String rest = block.substring(address.end(), Math.min(block.length(), address.end() + 160));
            Matcher conf = CONFIDENTIAL.matcher(rest);
            if (conf.find() && conf.start() < 40) {
                put(fields, who + "AddressConfidential", "true", offset + address.start(), offset + address.end() + conf.end(), LABELLED);
                return;
            }
            var found = WrittenAddress.firstIn(rest);
            if (found.isPresent() && found.get().start() < 10) {
                WrittenAddress a = found.get();
                put(fields, who + "Address", a.text(), offset + address.end() + a.start(), offset + address.end() + a.end(), PHRASED);
                put(fields, who + "AddressConfidential", "false", offset + address.end() + a.start(), offset + address.end() + a.end(), PHRASED);
                return;
            }
        }
        // "Defendant: John SMITH, 12 Mill Lane, Leeds LS6 3QT": the address straight after the name, unlabelled
        var direct = WrittenAddress.firstIn(block.substring(0, Math.min(block.length(), 200)));
        if (direct.isPresent() && direct.get().start() <= 3 && block.substring(0, direct.get().start()).matches("[,\\s]*")
                && direct.get().hasPostcode()) {
            WrittenAddress a = direct.get();
            put(fields, who + "Address", a.text(), offset + a.start(), offset + a.end(), PHRASED);
            put(fields, who + "AddressConfidential", "false", offset + a.start(), offset + a.end(), PHRASED);
            return;
        }
        Matcher conf = CONFIDENTIAL.matcher(block);
        if (conf.find()) {
            put(fields, who + "AddressConfidential", "true", offset + conf.start(), offset + conf.end(), PHRASED);
        }
    }

    private static void children(String t, int termsAt, Map<String, ReadField> fields) {
        Matcher c = CHILDREN.matcher(t);
        int limit = termsAt > 0 ? termsAt + 200 : t.length();
        while (c.find() && c.start() < limit) {
            int end = t.indexOf("\n\n", c.end());
            end = end < 0 ? Math.min(t.length(), c.end() + 400) : Math.min(end, c.end() + 400);
            String block = t.substring(c.end(), end);
            List<String> names = new ArrayList<>();
            int first = -1;
            int last = -1;
            for (FoundDate d : dates(block)) {
                // the name just before the date: "Amy SMITH (born 3 May 2018)", "Amy Smith, DOB 03/05/2018"
                int from = Math.max(0, d.start() - 70);
                String before = block.substring(from, d.start());
                Matcher n = Pattern.compile("((?:[A-Z][\\p{L}'’\\-]+\\s+){1,3}[A-Z][\\p{L}'’\\-]+)\\s*(?:,\\s*|\\(\\s*)(?:born(?:\\s+on)?|b\\.|d\\.?o\\.?b\\.?|date\\s+of\\s+birth)?\\s*[:\\-]?\\s*(?:the\\s+)?$",
                        Pattern.CASE_INSENSITIVE).matcher(before);
                if (n.find()) {
                    Name name = nameAt(block, from + n.start(1));
                    if (name != null) {
                        names.add(name.value() + " (" + d.date() + ")");
                        first = first < 0 ? c.end() + name.start() : first;
                        last = c.end() + d.end();
                    }
                }
            }
            if (!names.isEmpty()) {
                put(fields, "children", String.join("; ", names), first, last, PHRASED);
                return;
            }
        }
    }

    // ---- terms ----

    static int termsStart(String t) {
        Matcher m = TERMS_START.matcher(t);
        return m.find() ? m.start() : -1;
    }

    private static List<ReadField> terms(String t, int termsAt) {
        if (termsAt < 0) {
            return List.of();
        }
        int lineStart = lineStartOf(t, termsAt);
        int end = t.length();
        int i = t.indexOf('\n', termsAt);
        boolean seenMarked = false;
        while (i >= 0 && i < t.length()) {
            int next = t.indexOf('\n', i + 1);
            String line = t.substring(i + 1, next < 0 ? t.length() : next);
            if (TERMS_END.matcher(line).find() && seenMarked) {
                end = i + 1;
                break;
            }
            if (!MarkedTerm.in(line).isEmpty()) {
                seenMarked = true;
            }
            i = next;
        }
        String section = t.substring(lineStart, end);
        List<MarkedTerm> marked = MarkedTerm.in(section);
        List<ReadField> terms = new ArrayList<>();
        String stem = null;
        int from = 0;
        for (int k = 0; k < marked.size(); k++) {
            MarkedTerm term = marked.get(k);
            if (term.start() < from) {
                continue;
            }
            // a list begun within a paragraph and wrapped so that a later marker starts a line ("...must not: (i)
            // ...; (ii) ...;\n(iii) ...; and (iv) ..."): read as the one list it is, across the lines
            String rest = section.substring(from);
            List<Piece> run = inline(rest, false);
            if (run.size() >= 2 && from + run.get(0).start() < term.start()
                    && from + run.get(run.size() - 1).start() >= term.start()
                    && leadsIntoList(rest.substring(0, run.get(0).start()))) {
                stem = add(terms, run, stemOr(stemIn(rest.substring(0, run.get(0).start())), stem), lineStart + from);
                from += run.get(run.size() - 1).end();
                continue;
            }
            String gap = section.substring(from, term.start());
            // a list the court wrote within a paragraph before the numbered ones: "...must not: (i) ...; (ii) ..."
            List<Piece> gapPieces = inline(gap, false);
            if (!gapPieces.isEmpty() && leadsIntoList(gap.substring(0, gapPieces.get(0).start()))) {
                stem = add(terms, gapPieces, stemOr(stemIn(gap.substring(0, gapPieces.get(0).start())), stem), lineStart + from);
            } else {
                String lead = stemIn(gap);
                if (lead != null) {
                    stem = lead;
                }
            }
            from = term.end();
            String raw = section.substring(term.start(), term.end());
            int markerEnd = term.start() + raw.indexOf(term.marker()) + term.marker().length();
            String body = section.substring(markerEnd, term.end());
            // letters or numerals within a numbered term: "1. The respondent must not: (a) ...; (b) ..."
            List<Piece> pieces = inline(body, true);
            if (!pieces.isEmpty() && leadsIntoList(body.substring(0, pieces.get(0).start()))) {
                String lead = stemIn(body.substring(0, pieces.get(0).start()));
                add(terms, pieces, stemOr(lead, stem), lineStart + markerEnd);
                continue;
            }
            String value = stem == null ? termText(term.text()) : stem + " " + termText(term.text());
            terms.add(new ReadField("term", value, lineStart + term.start(), lineStart + term.end(), LABELLED));
        }
        if (marked.isEmpty()) {
            // no paragraph marked at all: the court may still have numbered its terms within the text
            List<Piece> pieces = inline(section, false);
            if (!pieces.isEmpty() && leadsIntoList(section.substring(0, pieces.get(0).start()))) {
                add(terms, pieces, stemIn(section.substring(0, pieces.get(0).start())), lineStart);
            }
        }
        return terms;
    }

    /**
     * Whether the words before a list within a paragraph introduce it ("...must not:", "is prohibited from"): a list
     * inside one term ("go to (a) her home or (b) her work") is the court's one term, not several.
     */
    private static boolean leadsIntoList(String before) {
        String b = before.strip();
        if (b.isEmpty() || b.endsWith(":") || b.endsWith("-") || b.endsWith("–")) {
            return true;
        }
        List<String> sentences = leadSentences(before);
        return !sentences.isEmpty() && STEM_LINE.matcher(sentences.get(sentences.size() - 1).strip()).find();
    }

    private static String stemOr(String lead, String stem) {
        return lead != null ? lead : stem;
    }

    private static String add(List<ReadField> terms, List<Piece> pieces, String stem, int offset) {
        for (Piece p : pieces) {
            String text = termText(p.text());
            terms.add(new ReadField("term", stem == null ? text : stem + " " + text, offset + p.start(), offset + p.end(),
                    LABELLED));
        }
        return stem;
    }

    /** A term's words as the court wrote them, without the joining "; and" that leads to the next. */
    private static String termText(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("\\s*[;,]\\s*(?:and|or)?\\s*$", "")
                .replaceAll("\\s+(?:and|or)\\s*$", "").strip();
    }

    /** One term of a list written within a paragraph: its marker and wording, {@code [start, end)} in that text. */
    record Piece(String marker, String text, int start, int end) {
    }

    private static final Pattern INLINE = Pattern.compile(
            "(?<![\\p{L}\\d.])(?<open>\\()?(?<m>[ivxlIVXL]{1,7}|[a-zA-Z]|\\d{1,2})\\)(?=\\s+\\S)");
    private static final String[] ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
            "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv"};

    /**
     * Terms the court listed within a paragraph, "(i) ...; (ii) ...; (iii) ...", "a) ..., b) ...", "(1) ... (2)
     * ...": markers in sequence from the first ((i), (a) or (1)), each after the end of the one before (a
     * semicolon, comma or colon, perhaps "and" or "or") or at a line's start. Empty unless two are in sequence. With
     * {@code whole}, the last term runs to the end of the text; otherwise to the end of its sentence.
     */
    static List<Piece> inline(String text, boolean whole) {
        Matcher m = INLINE.matcher(text);
        List<int[]> marks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        String kind = null;
        int index = 0;
        while (m.find()) {
            String label = m.group("m");
            String lower = label.toLowerCase(Locale.ROOT);
            String before = text.substring(Math.max(0, m.start() - 12), m.start());
            boolean atBreak = before.matches("(?s).*(?:[;:,.]|[;,]\\s*(?:and|or)|\\n)\\s*$") || m.start() == 0;
            if (kind == null) {
                if (lower.equals("i") || lower.equals("a") || lower.equals("1")) {
                    kind = lower.equals("i") ? "roman" : lower.equals("a") ? "letter" : "number";
                    marks.clear();
                    labels.clear();
                    marks.add(new int[] {m.start(), m.end()});
                    labels.add(label);
                    index = 1;
                }
                continue;
            }
            String expected = kind.equals("roman") ? (index < ROMAN.length ? ROMAN[index] : "")
                    : kind.equals("letter") ? String.valueOf((char) ('a' + index)) : Integer.toString(index + 1);
            if (lower.equals(expected) && atBreak) {
                marks.add(new int[] {m.start(), m.end()});
                labels.add(label);
                index++;
            } else if (marks.size() == 1 && (lower.equals("i") || lower.equals("a") || lower.equals("1")) && atBreak) {
                // the first was not the start of a list: begin again here
                kind = lower.equals("i") ? "roman" : lower.equals("a") ? "letter" : "number";
                marks.clear();
                labels.clear();
                marks.add(new int[] {m.start(), m.end()});
                labels.add(label);
                index = 1;
            }
        }
        if (marks.size() < 2) {
            return List.of();
        }
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int bodyStart = marks.get(i)[1];
            int bodyEnd;
            if (i + 1 < marks.size()) {
                bodyEnd = marks.get(i + 1)[0];
            } else if (whole) {
                bodyEnd = text.length();
            } else {
                Matcher end = Pattern.compile("\\.(?=\\s*(?:\\n|$))|\\.\\s+(?=[A-Z])|\\n\\s*\\n").matcher(text).region(bodyStart, text.length());
                bodyEnd = end.find() ? end.start() + (text.charAt(end.start()) == '.' ? 1 : 0) : text.length();
            }
            String body = text.substring(bodyStart, bodyEnd).strip();
            int start = marks.get(i)[0];
            pieces.add(new Piece(labels.get(i), body, start, bodyStart + text.substring(bodyStart, bodyEnd).stripTrailing().length()));
        }
        return pieces;
    }

    /**
     * The lead-in written before a term ("The respondent must not:"), if the court wrote one there. A lead-in may be
     * wrapped over lines and may name the party with their details ("The defendant, JOHN SMITH (born 4 May 1980) of
     * 12 Mill Lane, Leeds LS6 3QT, is prohibited from:"): what the party must not do is kept, their details are not.
     */
    private static String stemIn(String between) {
        List<String> sentences = leadSentences(between);
        for (int i = sentences.size() - 1; i >= 0; i--) {
            String line = sentences.get(i).strip();
            Matcher stem = STEM_LINE.matcher(line);
            if (line.isEmpty() || !stem.find()) {
                continue;
            }
            String s = line.replaceAll("[:\\-–]\\s*$", "").strip();
            Matcher prohibiting = Pattern.compile("(?i)\\b(prohibit|restrain|forbid)(?:s|ing|ding)?\\s+(?:the\\s+)?(respondent|defendant|subject)\\s+from\\s*$")
                    .matcher(s);
            if (prohibiting.find()) {
                String verb = prohibiting.group(1).toLowerCase(Locale.ROOT);
                return "The " + prohibiting.group(2).toLowerCase(Locale.ROOT) + " is "
                        + (verb.equals("prohibit") ? "prohibited" : verb.equals("restrain") ? "restrained" : "forbidden") + " from";
            }
            // only the clause holding the prohibition: "The court orders that the respondent must not"
            Matcher who = Pattern.compile("(?i)\\b(?:the\\s+)?(respondent|defendant|subject)\\b").matcher(s);
            int from = -1;
            String party = null;
            // lower case or all capitals: "May" and "Will" in a name are not verbs
            Matcher verb = Pattern.compile("\\b(?:must|shall|is|are|will|may|undertakes|undertake|promises|promise|agrees"
                    + "|MUST|SHALL|IS|ARE|WILL|MAY|UNDERTAKES|PROMISES)\\b").matcher(s);
            List<Integer> parties = new ArrayList<>();
            List<String> partyWords = new ArrayList<>();
            while (who.find()) {
                parties.add(who.start());
                partyWords.add(who.group(1).toLowerCase(Locale.ROOT));
            }
            // the party named last before the first verb that follows one ("IT IS ORDERED THAT the defendant must
            // not"): a later "respondent" is within what they must not do
            while (from < 0 && verb.find()) {
                for (int k = parties.size() - 1; k >= 0; k--) {
                    if (parties.get(k) < verb.start()) {
                        from = parties.get(k);
                        party = partyWords.get(k);
                        break;
                    }
                }
            }
            if (from < 0 && !parties.isEmpty()) {
                from = parties.get(parties.size() - 1);
                party = partyWords.get(partyWords.size() - 1);
            }
            if (from >= 0) {
                s = s.substring(from);
                Matcher v = verb.reset(s);
                if (v.find()) {
                    // their name, birth date and address are details of the party, not of what is prohibited
                    s = "The " + party + " " + s.substring(v.start());
                }
                return s.replaceAll("\\s+", " ");
            }
            Matcher promise = Pattern.compile("(?i)\\b(?:promising|undertakes?|promises?)\\s*$").matcher(s);
            return promise.find() ? null : s.replaceAll("\\s+", " ");
        }
        return null;
    }

    /**
     * The text before a term as its sentences, lines joined where a sentence wraps: a line that does not end a
     * sentence (no full stop, semicolon or colon) runs on into the next, up to four lines.
     */
    private static List<String> leadSentences(String between) {
        String[] lines = between.split("\n");
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int joined = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                    joined = 0;
                }
                continue;
            }
            if (!current.isEmpty() && joined >= 4) {
                out.add(current.toString());
                current.setLength(0);
                joined = 0;
            }
            current.append(current.isEmpty() ? "" : " ").append(line);
            joined++;
            if (line.matches(".*[.;:]$")) {
                out.add(current.toString());
                current.setLength(0);
                joined = 0;
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }

    // ---- helpers ----

    private static String value(Map<String, ReadField> fields, String name) {
        ReadField f = fields.get(name);
        return f == null ? null : f.value();
    }

    private static void put(Map<String, ReadField> fields, String name, String value, int start, int end, double confidence) {
        fields.put(name, new ReadField(name, value, start, end, confidence));
    }
}
