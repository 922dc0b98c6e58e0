package org.nmoregister.terms.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nmoregister.terms.Clause.Channel;
import org.nmoregister.terms.Clause.ExceptionKind;
import org.nmoregister.terms.Clause.PlaceKind;
import org.nmoregister.terms.ClauseType;

/**
 * The words and phrases orders are written in, as tables the parser applies in order. Every rule here was written
 * from the FL404A standard wording, the common variants in practice guidance, and plain-English synonyms; none
 * names a particular example. All patterns run on lower-cased text.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A word list; repeats are harmless. */
    static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    /** A rule: text matching {@code pattern} means {@code value}. */
    record Rule<T>(T value, Pattern pattern) {
        static <T> Rule<T> of(T value, String regex) {
            return new Rule<>(value, Pattern.compile(regex));
        }
    }

    /** What the respondent is forbidden to do; the earliest (then longest) match in a clause sets its type. */
    static final List<Rule<ClauseType>> ACTS = List.of(
            Rule.of(ClauseType.VIOLENCE, "\\b(use|using|uses|threaten\\w*|threat\\w*)\\b[\\w ,]{0,30}?\\bviolen(ce|t)\\b"),
            Rule.of(ClauseType.VIOLENCE, "\\b(physical )?violen(ce|t)\\b"),
            Rule.of(ClauseType.VIOLENCE, "\\bthreat\\w* to (kill|harm|hurt|injure|stab|shoot|attack|beat|assault|"
                    + "strangle|burn)\\w*"),
            Rule.of(ClauseType.VIOLENCE, "\\b(assault\\w*|attack\\w*|hit|hitting|strike|striking|punch\\w*|kick\\w*|"
                    + "slap\\w*|shove|shoving|strangl\\w*|chok\\w*|kill\\w*|injur\\w*|physically (harm|hurt|abuse)\\w*|"
                    + "harm|harming|hurt|hurting|beat|beating)\\b"),
            Rule.of(ClauseType.PROPERTY_DAMAGE, "\\b(damag\\w*|destroy\\w*|destruction|vandali[sz]\\w*|smash\\w*|"
                    + "break into|breaking into|deface\\w*|graffiti|set fire|arson)"),
            Rule.of(ClauseType.PROPERTY_DAMAGE, "\\bthreat\\w* to (damage|destroy|vandali[sz]e|smash)\\w*"),
            Rule.of(ClauseType.PROPERTY_DAMAGE, "\\b(sell\\w*|sold|dispos\\w* of|pawn\\w*|steal\\w*|stole\\w*|"
                    + "tak(e|es|ing) away)\\b(?=[\\w ,']{0,40}\\b(property|"
                    + "belongings|possessions|car|vehicle|phone|keys|documents|passport|jewellery|jewelry|furniture|"
                    + "pets?|dog|cat)\\b)"),
            Rule.of(ClauseType.PROPERTY_DAMAGE, "\\binterfer\\w* with[\\w ,']{0,40}\\b(property|car|vehicle|"
                    + "belongings|possessions|post|mail)\\b"),
            Rule.of(ClauseType.PUBLICATION, "\\bthreat\\w* to (publish|post|share|upload|disclose|release)\\w*"),
            Rule.of(ClauseType.PUBLICATION, "\\b(publish\\w*|publicis\\w*|upload\\w*|disclos\\w*|distribut\\w*|"
                    + "circulat\\w*|broadcast\\w*|make public|put online|putting online|reveal\\w*|release\\w* "
                    + "(any )?(image|photo|video|picture|information|detail|recording))"),
            Rule.of(ClauseType.PUBLICATION, "\\b(make|making|makes|post\\w*|publish\\w*)\\b[\\w ,']{0,40}\\b(remarks?|"
                    + "comments?|statements?|allegations?|posts?)\\b(?=[\\w ,']{0,60}\\b(about|concerning|regarding|"
                    + "online|internet|social media|facebook|public)\\b)"),
            Rule.of(ClauseType.PUBLICATION, "\\b(discuss\\w*|comment\\w* (on|about)|talk\\w* about|writ\\w* about|"
                    + "mention\\w*|refer\\w* to|speak\\w* about)\\b"),
            Rule.of(ClauseType.PUBLICATION, "(?<!by )(?<!the )(?<!via )(?<!or )\\b(post|posts|posting|posted|share|"
                    + "shares|sharing|shared|display|displaying|show|showing)\\b(?! (office|box|code|or|by))"
                    + "(?=[\\w ,']{0,80}\\b(image|photo|picture|video|footage|recording|information|detail|comment|"
                    + "material|content|message|anything|online|internet|social media|facebook|instagram|tiktok|"
                    + "twitter|website|address|story|stories|post))"),
            Rule.of(ClauseType.CONTACT, "\\b(contact\\w*|communicat\\w*|telephon\\w*|phone|phoning|ring|ringing|"
                    + "call|calls|calling|text|texts|texting|messag\\w*|e-?mail\\w*|write to|writing to|letters?|"
                    + "send\\w*|sms|whats ?app|facebook|instagram|snapchat|tik ?tok|twitter|social media|"
                    + "voicemail|skype|facetime|correspond\\w*|speak to|speaking to|talk to|talking to|"
                    + "gifts?|cards?|friend request\\w*|tag|tagging|tagged|video call\\w*|(leave|leaving|put|putting) "
                    + "(any )?(notes?|messages?|letters?|cards?|gifts?|flowers|items?|objects?))\\b"),
            Rule.of(ClauseType.INTIMIDATION, "\\b(intimidat\\w*|harr?ass\\w*|pester\\w*|molest\\w*|stalk\\w*|"
                    + "follow\\w*|watch\\w*|besets?|threaten\\w*|threats?|abus\\w*|bother\\w*|annoy\\w*|pressur\\w*|"
                    + "trouble|surveil\\w*|spy\\w*|spie[sd]|monitor\\w*|track\\w*|torment\\w*|insult\\w*|"
                    + "coerc\\w*|control\\w*|nuisance|locate|locating|find out where|search\\w* for|seek\\w* out|"
                    + "shout\\w*|swear\\w*|scream\\w*|belittl\\w*|humiliat\\w*|degrad\\w*|bully\\w*|bulli\\w*|"
                    + "aggressive|frighten\\w*|scar(e|es|ing)|alarm\\w*|distress\\w*|"
                    + "look\\w* for|photograph\\w*|film\\w*|record\\w*)\\b"),
            Rule.of(ClauseType.PROXIMITY, "\\b((driv|walk|cycl|rid)(e|es|ing) (past|by)|pass(es|ing)? by|"
                    + "(stand|wait|park|sit|remain|hang)\\w* (around |about )?(outside|near|around)|outside)\\b"),
            Rule.of(ClauseType.PROXIMITY, "\\b(within|approach\\w*|near|nearer|close to|closer to|keep away|"
                    + "keeps away|stay away|stays away|loiter\\w*|vicinity|exclusion zone|radius|distance of|"
                    + "remain away|come close|go close)\\b"),
            Rule.of(ClauseType.ENTRY, "\\b(go|goes|going|come|comes|coming|travel\\w*|return\\w*) (to|into|onto|"
                    + "on to|inside|back to)\\b"),
            Rule.of(ClauseType.ENTRY, "\\b(enter\\w*|entry|attend\\w*|visit\\w*|trespass\\w*|set foot|present at|"
                    + "remain at|remain in|be at|be in|reside at|live at|occupy)\\b"));

    /** Wording that forbids nothing a police officer could point to, unless the clause also names specific conduct. */
    static final List<Pattern> VAGUE = List.of(
            p("\\bmolest\\w*"),
            p("(^|[^\\w])(no|not|any) (harr?assment|molestation|abuse|trouble|nonsense|bad behaviour|bad behavior|"
                    + "nuisance)\\b"),
            p("\\bbehav\\w*\\b"),
            p("\\b(cause|causing|make|making|create|creating) (any )?(trouble|problems|difficult\\w*|a nuisance|"
                    + "nuisance|a scene|issues)\\b"),
            p("\\b(bother|annoy|upset|disturb|irritat)\\w*"),
            p("\\b(be|being) (nasty|abusive|rude|unpleasant|horrible|aggressive|difficult)\\b"),
            p("\\binterfer\\w* with (the applicant|her|him|them|the children|the child)\\b(?!'s)"),
            p("\\banti-?social\\b"),
            p("\\b(leave|leaves) (the applicant|her|him|them) alone\\b"));

    /** The sign that a clause forbids something. */
    static final Pattern PROHIBITION = p("\\b((must|shall|will|should|may) not|mustn't|shan't|won't|not to|is "
            + "(forbidden|prohibited|restrained|restricted|barred)|are (forbidden|prohibited|restrained)|"
            + "(forbidden|prohibited|restrained) from|refrain from|undertakes? not|promises? not|agrees? not|"
            + "is not to|are not to)\\b(?! (prevent|stop|apply|affect|restrict|be taken|include))|^\\s*no\\b");

    /** The sign that a clause permits something (an EXCEPTION clause when it forbids nothing first). */
    static final Pattern PERMISSION = p("\\b(does not prevent|do not prevent|shall not prevent|will not prevent|"
            + "is not to prevent|nothing in this order|this order (does not|shall not|will not) (apply|stop|prevent|"
            + "restrict)|may|is (permitted|allowed|entitled|free) to|are (permitted|allowed|entitled) to|save that|"
            + "except that|provided that|provided always|for the avoidance of doubt|permission to)\\b|^\\s*(save|"
            + "except|excepting|other than|unless|but)\\b");

    /** Where a carve-out begins inside a prohibition. */
    static final Pattern EXCEPTION_MARKER = p("\\b(save (for|that|as|where|when|to|in|through|via|by|with|during|"
            + "at)|saving|except\\w*|other than|apart from|with the exception of|this (order )?(does|shall|will) not "
            + "prevent|nothing in this order|unless|provided (that|always)|but (he|she|they|the respondent) (may|is)|"
            + "but may|is permitted to|is allowed to|does not apply|excluding)\\b");

    /** Kinds of permitted conduct. */
    static final List<Rule<ExceptionKind>> EXCEPTION_KINDS = List.of(
            Rule.of(ExceptionKind.CHILD_ARRANGEMENTS, "\\b(hand-?overs?|hand over|handing over|handed over|"
                    + "contact cent(re|er)s?|child arrangements?|cafcass|school run|child contact|"
                    + "supervised contact|family wizard|parenting app|co-?parenting app|(relating to|regarding|about|"
                    + "concerning|in relation to|in respect of) (the )?(child|children|child\\(ren\\)|son|daughter)|"
                    + "children's (welfare|arrangements|contact|school|health))\\b"),
            Rule.of(ExceptionKind.CHILD_ARRANGEMENTS, "\\b(child\\(ren\\)|(child|children|son|daughter|sons|daughters|kids)\\b).*\\b(contact|arrang\\w*|collect\\w*|pick\\w* up|drop\\w* off|spend\\w* time|see|"
                    + "seeing|visit\\w*|time with|order|welfare|school|medical)\\b"),
            Rule.of(ExceptionKind.CHILD_ARRANGEMENTS, "\\b(contact|arrang\\w*|collect\\w*|pick\\w* up|drop\\w* off|"
                    + "spend\\w* time|time with)\\b.{0,200}\\b(child|children|child\\(ren\\)|son|daughter|kids)\\b"),
            Rule.of(ExceptionKind.SOLICITORS, "\\b(solicitors?|legal (representatives?|advisers?|advisors?)|lawyers?|"
                    + "counsel|barristers?|legal aid|legal representation)\\b"),
            Rule.of(ExceptionKind.MEDIATION, "\\b(mediat\\w*|miam)\\b"),
            Rule.of(ExceptionKind.COURT, "\\b(court|hearings?|proceedings|tribunal|judge)\\b"));

    /** Wording that extends a prohibition to getting others to act. */
    static final Pattern OTHERS_ACTING = p("\\b(instruct\\w*|encourag\\w*|in any way suggest\\w*|suggest\\w* that|"
            + "cause or permit\\w*|causing or permitting|permit any\\w*|procur\\w*|incit\\w*|aid\\w* or abet\\w*|"
            + "(ask|asking|get|getting|use|using|persuad\\w*) (any|another|other|a) ?(other )?(person|people|one|"
            + "friend|third part\\w*)\\w*|(ask|asking|get|getting|persuad\\w*) (his |her |their )?"
            + "(friends?|family|relatives|associates|anyone|someone|others)|anyone else to do so|any other person (to|"
            + "should) do so|by any other person)"
            + "\\b");

    /** The FL404A tail (and its variants) that carries {@link #OTHERS_ACTING}; blanked before typing. */
    static final Pattern OTHERS_TAIL = p("(,?\\s*(and|or|nor)?\\s*((he|she|they|the respondent) )?((must|shall|will) "
            + "not|not to|nor)?\\s*(instruct|encourag|in any way suggest|cause or permit|procur|incit|ask any|get any)"
            + "[^.;]{0,300}?(do so|(to |should |shall )?do any of\\b[^.;]{0,200}|on (his|her|their) behalf)\\b)|(,?\\s*whether (directly or "
            + "indirectly|by (himself|herself|themselves|themself|him|her)|personally)[^.;]{0,300}?(do so|to do so)\\b,?)|"
            + "(,?\\s*(or|and) (encourage|instruct|ask) (anyone|any other person|another person|others)( else)? to "
            + "do so\\b)");

    /** Conduct through others. */
    static final Pattern INDIRECT = p("\\b(indirect\\w*|through (a |any |another |other )?(third part\\w*|other "
            + "person\\w*|another person|person|friends?|famil\\w*|relatives|intermediar\\w*|anyone|someone|others)|"
            + "via (a |any |another )?(third part\\w*|other person\\w*|friends?|famil\\w*|anyone|another person|"
            + "someone|others)|by (any|another) (other )?person|on (his|her|their|the respondent's) behalf|"
            + "third part\\w*|cause or permit\\w*|causing or permitting|arrang\\w* for (any|another|a|some)\\s?(one|"
            + "body|other person|person|third party))\\b");

    /** "Directly" without "indirectly": the respondent's own conduct only. */
    static final Pattern DIRECT_ONLY = p("\\b(directly|personally|in person)\\b");

    /**
     * A UK telephone number written into a ban ("must not contact her on 07700 900123"): a number can be rung or sent a
     * text, so it names both channels. Ten or eleven digits from a leading 0 or +44, never part of a date or a reference.
     */
    private static final String PHONE_NUMBER = "(?<![\\w/.])(\\+44 ?(\\(0\\) ?)?|0)\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}"
            + "(?![\\w/]|\\.\\d)";

    /** An e-mail address written into a ban names the e-mail channel, as "by e-mail" does. */
    private static final String EMAIL_ADDRESS = "[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+";

    static final List<Rule<Channel>> CHANNELS = List.of(
            Rule.of(Channel.PHONE, PHONE_NUMBER),
            Rule.of(Channel.TEXT, PHONE_NUMBER),
            Rule.of(Channel.EMAIL, EMAIL_ADDRESS),
            Rule.of(Channel.PHONE, "\\b(telephon\\w*|phone\\w*|ring|ringing|call|calls|calling|voicemail\\w*|"
                    + "mobile|video call\\w*|facetime|skype)\\b"),
            Rule.of(Channel.TEXT, "\\b(text\\w*|sms|mms|imessage)\\b"),
            Rule.of(Channel.EMAIL, "\\be-?mail\\w*\\b"),
            Rule.of(Channel.SOCIAL_MEDIA, "\\b(social media|social network\\w*|facebook|whats ?app|instagram|"
                    + "snapchat|tik ?tok|twitter|linkedin|telegram|messenger|online|internet|dating app\\w*|"
                    + "friend requests?|tag|tagging|tagged|direct messag\\w*|dms?)\\b"),
            Rule.of(Channel.POST, "\\b(letters?|notes?|post|postal|cards?|writ(e|ing|ten)|gifts?|parcels?|presents?|"
                    + "flowers|packages?)\\b"),
            Rule.of(Channel.IN_PERSON, "\\b(in person|face to face|face-to-face|speak to|speaking to|talk to|"
                    + "talking to|visit\\w*|approach\\w*)\\b"),
            Rule.of(Channel.ANY, "\\b(otherwise|any (other )?(means|method|way|manner|form|medium)|whatever means|"
                    + "howsoever|in any way|any form of communication|by any means)\\b"));

    /** Place kinds, by the word that names them. Order matters: the first kind found at a position wins. */
    static final List<Rule<PlaceKind>> PLACES = List.of(
            Rule.of(PlaceKind.CHILDMINDER, "\\bchild ?-?minder'?s?\\b(\\s+(premises|home|address|house|property)\\b)?"),
            Rule.of(PlaceKind.NURSERY, "\\b(nursery|nurseries|pre-?school|playgroup|play group|creche|day ?care|"
                    + "children's cent(re|er)|family cent(re|er))\\b"),
            // "school hours", "the school holidays" and "school days" are times, not the place
            Rule.of(PlaceKind.SCHOOL, "\\b(school|schools|academy|college|sixth form|university)\\b"
                    + "(?! (hours|holidays?|days?|terms?|runs?)\\b)"),
            Rule.of(PlaceKind.WORKPLACE, "\\b(place of work|places of work|workplace|work place|place of "
                    + "employment|employer'?s? premises|work|works|office|offices|business premises|shop|salon|"
                    + "factory|depot|warehouse)\\b"),
            Rule.of(PlaceKind.HOME, "\\b(home address|home|homes|residence|residential address|house|flat|"
                    + "dwelling|bungalow|address|garden|driveway|where (she|he|they|the applicant|the children|the child) "
                    + "(lives?|resides?)|(property|premises) (at|known as|situated|located|being|of))\\b"),
            Rule.of(PlaceKind.OTHER, "\\b(church|chapel|mosque|synagogue|temple|gurdwara|place of worship|gym|"
                    + "leisure cent(re|er)|hospital|surgery|gp practice|health cent(re|er)|library|supermarket|"
                    + "railway station|bus station|community cent(re|er)|refuge)\\b"),
            Rule.of(PlaceKind.STREET_OR_AREA, "\\b(road|street|avenue|lane|drive|crescent|terrace|grove|estate|"
                    + "square|gardens|town centre|city centre|town|city|village|borough|county|district|area|"
                    + "postcode|neighbourhood|neighborhood|locality|region|parish|ward|high street|shopping "
                    + "cent(re|er)|precinct)\\b"));

    /** Street words: a place only when named ("Mill Lane") or referred to ("the road where she lives"). */
    static final Pattern STREET_WORD = p("road|street|avenue|lane|drive|crescent|terrace|grove|square|gardens");

    /** A carve-out that permits arrangements ("as agreed in writing"), read as child arrangements in a children's clause. */
    static final Pattern ARRANGED = p("\\b(agreed|agreement|arrang\\w*|order|contact|collect\\w*|handover\\w*)\\b");

    /** Area words that mean a whole town or region: almost always disproportionate and impossible to patrol. */
    static final Pattern WIDE_AREA = p("\\b(town|city|village|borough|county|district|region|parish|ward|"
            + "county borough|local authority area|metropolitan area|postcode area)\\b(?! (centre|center|hall))");

    /** Large places named on their own ("must not enter Cardiff"): whole cities, counties and regions. */
    static final Set<String> LARGE_AREAS = words("london", "birmingham", "manchester", "leeds", "liverpool",
            "sheffield", "bristol", "newcastle", "nottingham", "leicester", "coventry", "bradford", "cardiff",
            "swansea", "newport", "wrexham", "stoke-on-trent", "wolverhampton", "plymouth", "southampton",
            "portsmouth", "derby", "hull", "york", "oxford", "cambridge", "brighton", "reading", "norwich",
            "sunderland", "exeter", "bath", "chester", "lancaster", "preston", "blackpool", "bolton", "wigan",
            "salford", "middlesbrough", "peterborough", "milton keynes", "luton", "northampton", "ipswich",
            "gloucester", "worcester", "hereford", "carlisle", "durham", "kent", "essex", "surrey", "sussex",
            "devon", "cornwall", "dorset", "somerset", "wiltshire", "hampshire", "berkshire", "yorkshire",
            "lancashire", "cheshire", "cumbria", "merseyside", "norfolk", "suffolk", "lincolnshire",
            "gwynedd", "powys", "ceredigion", "pembrokeshire", "carmarthenshire", "anglesey", "wales", "england",
            "the united kingdom", "the uk", "greater manchester", "west midlands", "east midlands", "tyneside");

    /** {@link #LARGE_AREAS} as one pattern, longest first so "greater manchester" beats "manchester". */
    static final Pattern LARGE_AREA = Pattern.compile("\\b(" + String.join("|", LARGE_AREAS.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
            .map(Pattern::quote).toList()) + ")\\b");

    /** Who a clause protects: the words that name each party (children's names follow "child(ren)"). */
    static final Pattern APPLICANT = p("\\b(applicant|applicants|claimant|petitioner|victim|complainant)\\b");
    static final Pattern CHILDREN = p("\\b(relevant child\\(ren\\)|child\\(ren\\)|(relevant children|relevant child|"
            + "children|child|sons?|daughters?|grandchild\\w*|stepchild\\w*|step-child\\w*|baby|kids)\\b)");
    static final Pattern OTHER_PERSONS = p("\\b(mother|father|parents?|sisters?|brothers?|siblings?|famil(y|ies)|"
            + "relatives?|partner|new partner|boyfriend|girlfriend|husband|wife|friends?|employer|colleagues?|"
            + "neighbou?rs?|grand(mother|father|parents?)|aunt|uncle|cousins?|mum|dad|household|witness\\w*|"
            + "childminder|teacher\\w*|mr|mrs|ms|miss|dr)\\b");

    /** Words that end a run of capitalised name words (so uppercase text does not swallow the clause). */
    static final Set<String> NAME_STOP = words("must", "not", "or", "by", "the", "at", "of", "to", "in", "on", "from",
            "with", "whether", "directly", "indirectly", "save", "except", "unless", "including", "born", "dob",
            "aged", "who", "whose", "any", "other", "person", "respondent", "applicant", "applicants", "child",
            "children", "property", "home", "address", "school", "shall", "will", "is", "are", "be", "nor", "for",
            "within", "metres", "if", "without", "this", "that", "these", "his", "her", "their", "he", "she", "they",
            "it", "an", "a", "as", "otherwise", "contact", "communicate", "use", "threaten", "violence", "do", "so",
            "and", "namely", "mother", "father", "sister", "brother", "whom", "where", "may", "relevant", "should",
            "instruct", "encourage", "way", "suggest", "attempt", "telephone", "text", "email", "or", "no",
            "order", "court", "until", "date", "family", "also", "via", "through", "about", "near", "go", "come");

    /**
     * A duty to tell the police (or the court) something: most often a DAPO's notification requirement, the
     * respondent's own name and home address within so many days. A positive requirement, not a prohibition, so the
     * address in it is his, not a place he is kept from, and "within 3 days" is a time, not a distance. Read only in a
     * clause that forbids nothing.
     */
    static final Pattern NOTIFICATION_DUTY = p("\\b(must|shall|will|is to|are to|is (required|ordered|obliged) to|"
            + "are (required|ordered|obliged) to|undertakes? to|agrees? to|required to|to)\\b[^.;]{0,80}?\\b(notify|"
            + "inform|tell|advise|report|give|provide|supply|disclose|register|send|let)\\b[^.;]{0,100}?\\b(police|"
            + "constabulary|police station|officer in (the case|charge)|the court)\\b");

    /** What a notification duty is about: who he is and where he lives, not an act done to someone at a place. */
    static final Pattern NOTIFIED_FACTS = p("\\b(names?|address(es)?|details|whereabouts|lives|living|staying|"
            + "resides?|residing|residence|moves?|moving)\\b");

    /** "subject to the notification requirements" (Domestic Abuse Act 2021 s.39). */
    static final Pattern NOTIFICATION_REQUIREMENTS = p("\\bnotification requirements?\\b");

    /** Statements an order carries that are not prohibitions: recognised, so not flagged as unclassified. */
    static final Pattern NOTICE = p("\\b(important notice|penal notice|notice to the respondent|committing a "
            + "criminal offence|criminal offence|contempt of court|sent to prison|imprisonment|power of arrest|"
            + "personally served|made aware of (it|this order|the order)|served (on|upon)|statement of service|"
            + "this order (shall |will )?(last|lasts|applies|apply|is effective|remains?|expires?|ends?|continues?)|"
            + "until further order|return (date|hearing)|the court will (re)?consider|hearing (will take place|is "
            + "listed)|liberty to apply|permission to apply|costs|it is ordered|the court orders|upon hearing|"
            + "upon reading|and upon|family law act|section 42|non-molestation order|occupation order|"
            + "in the family court|warning|the judge|judge|recital|undertaking|case no|case number|claim no|sealed|"
            + "dated|date of birth|district judge|his honour|her honour|recorder|magistrates|legal adviser)\\b");

    /** A clause that extends every other clause to third parties ("any of the above"). */
    static final Pattern GENERAL_OTHERS = p("\\b(any of (the|these|those) (above|things|acts|prohibitions|terms|"
            + "paragraphs)|anything (prohibited|forbidden|mentioned) (by|in) this order|any of the matters|any "
            + "act (prohibited|forbidden)|the above)\\b");

    /** A time of day in an order's words: 8pm, 8.30 p.m., 20:00, 2000hrs, midnight, noon. */
    private static final String CLOCK = "(\\d{1,2}([.:]?\\d{2})? ?(am|pm|a\\.m\\.?|p\\.m\\.?|hrs|hours)?|midnight|noon|midday)";

    /** Time limits stated in a clause. */
    static final Pattern TIME_LIMIT = p("\\b((between|from|outside) (the hours of )?" + CLOCK + " (and|to|until|till|-) "
            + CLOCK + "(?! ?(metres|meters|m|yards|miles|km|feet|ft|paragraphs?)\\b)|(until|till|before|after|from|by) (\\d{1,2}([.:]\\d{2})?"
            + " ?(am|pm|a\\.m\\.?|p\\.m\\.?)( on [^,;.]{3,30}\\d{4})?|\\d{2}[.:]?\\d{2} ?(hrs|hours)|midnight|noon|midday|\\d{1,2}(st|nd|rd|th)? "
            + "(january|february|march|april|may|june|july|august|september|october|november|december)( \\d{4})?|"
            + "\\d{1,2}/\\d{1,2}/\\d{2,4}|the (return|next) hearing|further order)|for (a period of )?(\\d+|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty-eight) (days?|weeks?|months?|"
            + "years?)|at any time|at all times|overnight|(during|in) (the )?(nights?|days?|daytime|night-?time|evenings?|"
            + "mornings?|afternoons?|school hours)|at night|on (weekdays|weekends))\\b");

    /** A label and its value ("Case No: NT12345", "Applicant: Jane Smith"): part of the heading, not a term. */
    static final Pattern LABEL = Pattern.compile("^[A-Za-z][A-Za-z .'()/-]{0,40}:\\s*\\S");

    /** Publication verbs, looser than in {@link #ACTS}, used only when the clause speaks about someone. */
    static final Pattern PUBLICATION_ABOUT = p("\\b(post|posts|posting|posted|shar\\w*|publish\\w*|upload\\w*|"
            + "display\\w*|circulat\\w*|distribut\\w*|disclos\\w*|broadcast\\w*)\\b");

    /** Talking about someone to others (publication), rather than to them (contact). */
    static final Pattern ABOUT_SOMEONE = p("\\b(about|concerning|referring to|relating to|regarding|of) (the "
            + "applicant|her|him|them|the children|the child|the relevant child\\w*)\\b");

    /** Words that look like a typo of a lexicon word but are real words of their own. */
    static final Set<String> NOT_TYPOS = words("contract", "contracts", "context", "contacted", "contacts",
            "contest", "content", "contents", "harasser", "damages", "threats", "threat", "attends", "attended",
            "intent", "entered", "enters", "center", "centre", "meters", "metres", "letter", "latter", "better",
            "matter", "texts", "texted", "tested", "schools", "homes", "phoned", "phones", "violent", "within",
            "without", "publics", "public", "posted", "poster", "applicants", "applicant", "respondents",
            "pestered", "present", "prevent", "preventing", "parent", "parents", "patient", "respected",
            "responded", "respond", "spondent", "students", "student", "instead", "instant", "intimate",
            "enter", "entry", "hosted", "directed", "direction", "indirect", "attempts", "attempted",
            "suggests", "encourages", "instructs", "damaged", "harassed", "harasses", "molested", "modest", "hangover",
            "expect", "emails", "relevance", "threatens", "threatened", "contacting", "phoning", "sender");

    /** Lexicon words a single slip of the keyboard should still find. */
    static final List<String> TYPO_TARGETS = List.of("respondent", "applicant", "contact", "telephone", "harass",
            "harassment", "intimidate", "pester", "violence", "threaten", "damage", "property", "indirectly",
            "directly", "instruct", "encourage", "suggest", "publish", "metres", "meters", "school", "nursery",
            "childminder", "workplace", "communicate", "approach", "attempt", "children", "social", "media",
            "enter", "within", "whether", "otherwise", "text", "email", "person", "except", "solicitors",
            "handover", "handovers", "arrangements", "himself", "herself", "relevant", "address", "vandalise",
            "vandalize", "intimidation", "molest", "threats");

    /** Abbreviations after which a full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = words("mr", "mrs", "ms", "dr", "st", "no", "rd", "ave", "co", "ltd",
            "eg", "e.g", "ie", "i.e", "etc", "para", "paras", "nos", "approx", "jr", "sr", "cl", "sch", "s", "ss",
            "vs", "v", "inc", "flat", "apt", "tel", "mob", "ref", "prof", "rev", "hon", "gen", "col", "sgt", "pc",
            "dc", "insp", "a.m", "p.m", "am", "pm");
}
