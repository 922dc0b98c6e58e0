package org.nmoregister.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.nmoregister.people.internal.NameNormaliser;
import org.nmoregister.people.internal.NameTables;
import org.nmoregister.people.internal.NameToken;

/**
 * An in-memory index of people by name and date of birth.
 *
 * <p>Candidates come from the distinct words of all indexed names (a vocabulary of tens of thousands even at a
 * million people): each query word is widened to the vocabulary words that are the same name — equal, a nickname,
 * a transliteration, a sound-alike (Double Metaphone) or within one or two typing errors (Damerau–Levenshtein) — and
 * the people carrying those words are read from int posting lists. Only people matching two of the words given (or
 * one, with a date of birth within one error) are scored in full. Storage is int arrays per word and per person.
 *
 * <p>Thread-safe: any number of searches run concurrently; an update waits for running searches and holds them off
 * for the microseconds it takes.
 */
public final class PersonIndex<T> {

    /** Matches scoring below this are not worth a call-handler's attention. */
    public static final double DISPLAY_THRESHOLD = 0.70;

    static final double EXACT = 1.0;
    static final double TRANSLITERATION = 0.93;
    static final double NICKNAME = 0.90;
    static final double NICKNAME_TRANSLITERATED = 0.88;
    static final double TYPO_ONE = 0.86;
    static final double PHONETIC_BASE = 0.55;
    static final double TYPO_TWO = 0.76;
    static final double MIN_PHONETIC_SPELLING = 0.6;
    static final double INITIAL = 0.60;

    private static final int SURNAME = 1 << 24;
    private static final int PART = 1 << 25;
    private static final int JOINED = 1 << 26;
    private static final int WORD = (1 << 24) - 1;
    private static final int MAX_QUERY_WORDS = 8;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DamerauLevenshteinDistance EDITS = new DamerauLevenshteinDistance(2);

    private final NameTables tables;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    // vocabulary: distinct words of all names
    private final HashMap<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[1024];
    /** Each word's first letter, so matching initials reads one array, not a String per candidate. */
    private char[] wordInitials = new char[1024];
    private long[] wordLetters = new long[1024];
    private long[] wordCounts = new long[1024];
    private boolean[] wordFuzzy = new boolean[1024];
    private int[][] byLength = new int[0][];
    private int[] byLengthSizes = new int[0];
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    private int wordCount;
    /** Changes whenever a word becomes findable, which makes cached expansions stale. */
    private int vocabularyVersion;
    private final HashMap<String, int[]> phonetic = new HashMap<>();

    // people by slot
    private final HashMap<String, Integer> slots = new HashMap<>();
    private Object[] records = new Object[1024];
    private int[][] names = new int[1024][];
    private int[] births = new int[1024];
    private int slotCount;
    private int size;

    private static final int EXPANSION_CACHE_SIZE = 50_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Expansion> expansionCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Working arrays for searches, each as long as the index (13 MB at a million people), so they are pooled rather
     * than kept per thread: a server with 200 request threads would otherwise hold gigabytes of them. Searches are
     * CPU-bound, so at most {@link #MAX_CONCURRENT_SEARCHES} at once lose nothing; the rest wait their turn.
     */
    static final int MAX_CONCURRENT_SEARCHES = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    private final java.util.concurrent.Semaphore searchPermits =
            new java.util.concurrent.Semaphore(MAX_CONCURRENT_SEARCHES);
    private final java.util.concurrent.ConcurrentLinkedQueue<Scratch> scratches =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    public PersonIndex() {
        this(NameTables.standard());
    }

    PersonIndex(NameTables tables) {
        this.tables = tables;
    }

    public static <T> PersonIndex<T> of(Collection<PersonRecord<T>> people) {
        PersonIndex<T> index = new PersonIndex<>();
        index.addAll(people);
        return index;
    }

    // ---------------------------------------------------------------- updates

    /** Adds a person, replacing any with the same id. */
    public void add(PersonRecord<T> person) {
        lock.writeLock().lock();
        try {
            removeLocked(person.id());
            addLocked(person);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Adds many people under one lock: the bulk (re)build. */
    public void addAll(Collection<PersonRecord<T>> people) {
        lock.writeLock().lock();
        try {
            ensureSlots(slotCount + people.size());
            for (PersonRecord<T> p : people) {
                removeLocked(p.id());
                addLocked(p);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the person with this id; true if there was one. */
    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            return removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Distinct name words indexed; for benchmarks and sizing. */
    public int vocabularySize() {
        lock.readLock().lock();
        try {
            return wordCount;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void addLocked(PersonRecord<T> person) {
        ensureSlots(slotCount + 1);
        int slot = slotCount++;
        List<String> all = new ArrayList<>(1 + person.aliases().size());
        all.add(person.name());
        all.addAll(person.aliases());
        int[] encoded = new int[16];
        int n = 0;
        for (String name : all) {
            List<NameToken> tokens = NameNormaliser.tokens(name);
            if (n + tokens.size() + 1 > encoded.length) {
                encoded = Arrays.copyOf(encoded, Math.max(encoded.length * 2, n + tokens.size() + 1));
            }
            encoded[n++] = tokens.size();
            for (NameToken t : tokens) {
                int w = wordId(t.text(), !t.joined());
                encoded[n++] = w | (t.surname() ? SURNAME : 0) | (t.part() ? PART : 0) | (t.joined() ? JOINED : 0);
                addPosting(w, slot);
            }
        }
        names[slot] = Arrays.copyOf(encoded, n);
        births[slot] = dateKey(person.dateOfBirth());
        records[slot] = person;
        slots.put(person.id(), slot);
        size++;
    }

    private boolean removeLocked(String id) {
        Integer slot = slots.remove(id);
        if (slot == null) {
            return false;
        }
        int[] encoded = names[slot];
        for (int i = 0; i < encoded.length; ) {
            int count = encoded[i++];
            for (int k = 0; k < count; k++) {
                removePosting(encoded[i++] & WORD, slot);
            }
        }
        names[slot] = null;
        records[slot] = null;
        births[slot] = 0;
        size--;
        return true;
    }

    /**
     * @param fuzzy whether the word may be found by typo and sound as well as exactly: not the run-together forms of
     *              compound surnames, which would triple the words to scan and only ever need an exact match
     */
    private int wordId(String word, boolean fuzzy) {
        Integer id = wordIds.get(word);
        if (id != null) {
            if (fuzzy && !wordFuzzy[id]) {
                makeFuzzy(id);
            }
            return id;
        }
        int w = wordCount++;
        if (w >= words.length) {
            int cap = words.length * 2;
            words = Arrays.copyOf(words, cap);
            wordInitials = Arrays.copyOf(wordInitials, cap);
            wordLetters = Arrays.copyOf(wordLetters, cap);
            wordCounts = Arrays.copyOf(wordCounts, cap);
            wordFuzzy = Arrays.copyOf(wordFuzzy, cap);
            postings = Arrays.copyOf(postings, cap);
            postingSizes = Arrays.copyOf(postingSizes, cap);
        }
        vocabularyVersion++;
        words[w] = word;
        wordInitials[w] = word.charAt(0);
        wordLetters[w] = letters(word);
        wordCounts[w] = letterCounts(word);
        postings[w] = new int[4];
        wordIds.put(word, w);
        if (fuzzy) {
            makeFuzzy(w);
        }
        return w;
    }

    private void makeFuzzy(int w) {
        vocabularyVersion++;
        String word = words[w];
        wordFuzzy[w] = true;
        int len = word.length();
        if (len >= byLength.length) {
            int old = byLength.length;
            byLength = Arrays.copyOf(byLength, len + 1);
            byLengthSizes = Arrays.copyOf(byLengthSizes, len + 1);
            for (int l = old; l <= len; l++) {
                byLength[l] = new int[16];
            }
        }
        if (byLengthSizes[len] == byLength[len].length) {
            byLength[len] = Arrays.copyOf(byLength[len], byLength[len].length * 2);
        }
        byLength[len][byLengthSizes[len]++] = w;
        for (String code : codes(word)) {
            int[] old = phonetic.get(code);
            int[] now = old == null ? new int[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = w;
            phonetic.put(code, now);
        }
    }

    private void addPosting(int word, int slot) {
        int[] list = postings[word];
        int n = postingSizes[word];
        if (n > 0 && list[n - 1] == slot) {
            return; // the same word twice in one person's names
        }
        if (n == list.length) {
            list = Arrays.copyOf(list, n + (n >> 1) + 4);
            postings[word] = list;
        }
        list[n] = slot;
        postingSizes[word] = n + 1;
    }

    private void removePosting(int word, int slot) {
        int[] list = postings[word];
        int n = postingSizes[word];
        int at = Arrays.binarySearch(list, 0, n, slot);
        if (at >= 0) {
            System.arraycopy(list, at + 1, list, at, n - at - 1);
            postingSizes[word] = n - 1;
        }
    }

    private void ensureSlots(int needed) {
        if (needed > records.length) {
            int cap = Math.max(needed, records.length * 2);
            records = Arrays.copyOf(records, cap);
            names = Arrays.copyOf(names, cap);
            births = Arrays.copyOf(births, cap);
        }
    }

    // ---------------------------------------------------------------- search

    /** The best matches for the query, best first; may include matches below the display threshold. */
    public List<PersonMatch<T>> search(PersonQuery query) {
        List<NameToken> parsed = NameNormaliser.tokens(query.name());
        List<String> q = new ArrayList<>();
        for (NameToken t : parsed) {
            if (!t.joined() && !q.contains(t.text()) && q.size() < MAX_QUERY_WORDS) {
                q.add(t.text());
            }
        }
        if (q.isEmpty()) {
            return List.of();
        }
        int queryBirth = dateKey(query.dateOfBirth());
        searchPermits.acquireUninterruptibly();
        Scratch s = scratches.poll();
        if (s == null) {
            s = new Scratch();
        }
        lock.readLock().lock();
        try {
            return searchLocked(q, queryBirth, query.limit(), s);
        } finally {
            lock.readLock().unlock();
            scratches.offer(s);
            searchPermits.release();
        }
    }

    /** The best matches at or above {@link #DISPLAY_THRESHOLD}. */
    public List<PersonMatch<T>> searchDisplayable(PersonQuery query) {
        return search(query).stream().filter(PersonMatch::displayable).toList();
    }

    private List<PersonMatch<T>> searchLocked(List<String> q, int queryBirth, int limit, Scratch s) {
        int nq = q.size();
        @SuppressWarnings("unchecked")
        Map<Integer, Similarity>[] expansions = new Map[nq];
        boolean[] initial = new boolean[nq];
        int words = 0;
        for (int i = 0; i < nq; i++) {
            if (q.get(i).length() == 1) {
                initial[i] = true;
            } else {
                expansions[i] = expansion(q.get(i));
                words++;
            }
        }
        s.begin(slotCount);
        for (int i = 0; i < nq; i++) {
            if (initial[i]) {
                continue;
            }
            int bit = 1 << i;
            // best first, so that a person's first mark for this word carries their best similarity for it
            Expansion x = (Expansion) expansions[i];
            for (int e = 0; e < x.ids.length; e++) {
                int w = x.ids[e];
                float sim = x.scores[e];
                int[] list = postings[w];
                int n = postingSizes[w];
                for (int k = 0; k < n; k++) {
                    s.mark(list[k], bit, sim);
                }
            }
        }
        int initials = nq - words;
        int required = Math.min(2, Math.max(1, nq));
        PriorityQueue<PersonMatch<T>> best = new PriorityQueue<>(limit + 1,
                (a, b) -> Double.compare(a.score(), b.score()));
        // Each candidate's score is bounded above by its best similarity per query word; score candidates in
        // order of that bound and stop when the bound cannot beat the matches already found.
        long[] bounded = s.bounded(s.touchedCount);
        int nb = 0;
        for (int t = 0; t < s.touchedCount; t++) {
            int slot = s.touched[t];
            int bits = Integer.bitCount(s.mask[slot]);
            double sum = s.sum[slot];
            if (initials > 0) {
                int matched = initialsMatched(slot, q, initial);
                bits += matched;
                sum += matched * INITIAL;
            }
            if (bits < required && !(queryBirth != 0 && bits >= 1 && birthsClose(births[slot], queryBirth))) {
                continue;
            }
            double bound = combine(Math.min(1.0, sum / nq), births[slot], queryBirth);
            bounded[nb++] = ((long) Float.floatToIntBits((float) bound + 1e-4f) << 32) | slot;
        }
        Arrays.sort(bounded, 0, nb);
        for (int t = nb - 1; t >= 0; t--) {
            int slot = (int) bounded[t];
            float bound = Float.intBitsToFloat((int) (bounded[t] >>> 32));
            if (best.size() == limit && bound < best.peek().score()) {
                break;
            }
            PersonMatch<T> m = score(slot, q, initial, expansions, queryBirth);
            if (m == null) {
                continue;
            }
            if (best.size() < limit) {
                best.add(m);
            } else if (m.score() > best.peek().score()) {
                best.poll();
                best.add(m);
            }
        }
        List<PersonMatch<T>> out = new ArrayList<>(best);
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** How many of the query's initials are the initial of one of the person's forenames; a cheap pre-check. */
    private int initialsMatched(int slot, List<String> q, boolean[] initial) {
        int[] encoded = names[slot];
        if (encoded == null) {
            return 0;
        }
        int matched = 0;
        for (int i = 0; i < q.size(); i++) {
            if (!initial[i]) {
                continue;
            }
            char c = q.get(i).charAt(0);
            for (int k = 0; k < encoded.length; ) {
                int count = encoded[k++];
                boolean found = false;
                for (int j = 0; j < count; j++) {
                    int token = encoded[k + j];
                    if ((token & SURNAME) == 0 && wordInitials[token & WORD] == c) {
                        found = true;
                    }
                }
                k += count;
                if (found) {
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /**
     * The expansion of a query word, from the cache while no word has been added to the vocabulary since it was
     * computed: call-handlers search the same common names over and over, and a removal or a change to an existing
     * name's people does not change which words are alike.
     */
    private Expansion expansion(String word) {
        Expansion cached = expansionCache.get(word);
        if (cached != null && cached.vocabulary == vocabularyVersion) {
            return cached;
        }
        Expansion fresh = new Expansion(expand(word), vocabularyVersion);
        if (expansionCache.size() >= EXPANSION_CACHE_SIZE) {
            expansionCache.clear();
        }
        expansionCache.put(word, fresh);
        return fresh;
    }

    /** The vocabulary words that may be the same name as {@code word}, each with how alike and why. */
    private Map<Integer, Similarity> expand(String word) {
        Map<Integer, Similarity> out = new HashMap<>();
        put(out, word, EXACT, MatchReason.EXACT_NAME);
        for (String t : tables.transliterationsOf(word)) {
            put(out, t, TRANSLITERATION, MatchReason.TRANSLITERATION);
            for (String n : tables.nicknamesOf(t)) {
                put(out, n, NICKNAME_TRANSLITERATED, MatchReason.NICKNAME);
            }
        }
        for (String n : tables.nicknamesOf(word)) {
            put(out, n, NICKNAME, MatchReason.NICKNAME);
            for (String t : tables.transliterationsOf(n)) {
                put(out, t, NICKNAME_TRANSLITERATED, MatchReason.NICKNAME);
            }
        }
        for (String code : codes(word)) {
            int[] ids = phonetic.get(code);
            if (ids != null) {
                for (int w : ids) {
                    double jw = JARO_WINKLER.apply(word, words[w]);
                    // Double Metaphone alone makes Darcey sound like Terese; the spelling must be alike too.
                    if (jw >= MIN_PHONETIC_SPELLING) {
                        put(out, w, PHONETIC_BASE + 0.30 * jw, MatchReason.PHONETIC);
                    }
                }
            }
        }
        int maxEdits = maxEdits(word.length());
        if (maxEdits > 0) {
            long letters = letters(word);
            long counts = letterCounts(word);
            int len = word.length();
            for (int l = Math.max(1, len - maxEdits); l <= len + maxEdits && l < byLength.length; l++) {
                int[] ids = byLength[l];
                int n = byLengthSizes[l];
                for (int k = 0; k < n; k++) {
                    int w = ids[k];
                    // An edit changes at most two letters' presence and two letters' counts (a substitution).
                    if (Long.bitCount(letters ^ wordLetters[w]) > 2 * maxEdits
                            || countDistance(counts, wordCounts[w]) > 2 * maxEdits
                            || postingSizes[w] == 0) {
                        continue;
                    }
                    String other = words[w];
                    int allowed = Math.min(maxEdits, maxEdits(other.length()));
                    Integer d = EDITS.apply(word, other);
                    if (d != null && d > 0 && d <= allowed) {
                        Similarity sounds = out.get(w);
                        double score = d == 1 ? TYPO_ONE : TYPO_TWO;
                        if (sounds == null || sounds.reason == MatchReason.PHONETIC) {
                            // within typing distance is a typo, even if it also sounds alike
                            out.put(w, new Similarity(Math.max(score, sounds == null ? 0 : sounds.score),
                                    MatchReason.TYPO));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Short names tolerate fewer errors: two edits turn Jon into Jim. */
    private static int maxEdits(int length) {
        return length >= 6 ? 2 : length >= 3 ? 1 : 0;
    }

    private void put(Map<Integer, Similarity> out, String word, double score, MatchReason reason) {
        Integer w = wordIds.get(word);
        if (w != null) {
            put(out, w, score, reason);
        }
    }

    private static void put(Map<Integer, Similarity> out, int w, double score, MatchReason reason) {
        Similarity old = out.get(w);
        if (old == null || old.score < score) {
            out.put(w, new Similarity(score, reason));
        }
    }

    private PersonMatch<T> score(int slot, List<String> q, boolean[] initial, Map<Integer, Similarity>[] expansions,
                                 int queryBirth) {
        int[] encoded = names[slot];
        if (encoded == null) {
            return null;
        }
        double bestName = -1;
        EnumSet<MatchReason> bestReasons = null;
        int bestIndex = 0;
        int nameIndex = 0;
        for (int i = 0; i < encoded.length; nameIndex++) {
            int count = encoded[i];
            EnumSet<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
            double s = scoreName(encoded, i + 1, count, q, initial, expansions, reasons);
            if (nameIndex > 0) {
                s *= 0.97;
                reasons.add(MatchReason.ALIAS);
            }
            if (s > bestName) {
                bestName = s;
                bestReasons = reasons;
                bestIndex = nameIndex;
            }
            i += count + 1;
        }
        int birth = births[slot];
        if (queryBirth != 0 && birth != 0) {
            bestReasons.add(birth == queryBirth ? MatchReason.DOB_EXACT
                    : swapped(birth) == queryBirth ? MatchReason.DOB_DAY_MONTH_SWAPPED
                    : oneDigit(birth, queryBirth) ? MatchReason.DOB_ONE_DIGIT : MatchReason.DOB_MISMATCH);
        }
        double score = combine(bestName, birth, queryBirth);
        @SuppressWarnings("unchecked")
        PersonRecord<T> person = (PersonRecord<T>) records[slot];
        String matchedName = bestIndex == 0 ? person.name() : person.aliases().get(bestIndex - 1);
        return new PersonMatch<>(person, score, bestReasons, matchedName);
    }

    /**
     * How well the query words fit one recorded name: the best one-to-one pairing of query words with name words
     * (greedy, best pair first; names have a handful of words), averaged over the query words, less a little for each
     * recorded forename not given and more for a surname or all forenames not given.
     */
    private double scoreName(int[] encoded, int from, int count, List<String> q, boolean[] initial,
                             Map<Integer, Similarity>[] expansions, EnumSet<MatchReason> reasons) {
        int nq = q.size();
        double[] sim = new double[nq * count];
        MatchReason[] why = new MatchReason[nq * count];
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j < count; j++) {
                int token = encoded[from + j];
                int w = token & WORD;
                if (initial[i]) {
                    if ((token & SURNAME) == 0 && wordInitials[w] == q.get(i).charAt(0)) {
                        sim[i * count + j] = INITIAL;
                        why[i * count + j] = MatchReason.INITIALS;
                    }
                } else {
                    Similarity s = expansions[i].get(w);
                    if (s != null) {
                        sim[i * count + j] = s.score;
                        why[i * count + j] = s.reason;
                    }
                }
            }
        }
        boolean[] queryUsed = new boolean[nq];
        boolean[] nameUsed = new boolean[count];
        int[] assignedTo = new int[count];
        Arrays.fill(assignedTo, -1);
        double total = 0;
        boolean allExact = true;
        int assigned = 0;
        while (true) {
            int bi = -1;
            int bj = -1;
            double bs = 0;
            for (int i = 0; i < nq; i++) {
                if (queryUsed[i]) {
                    continue;
                }
                for (int j = 0; j < count; j++) {
                    if (!nameUsed[j] && sim[i * count + j] > bs) {
                        bs = sim[i * count + j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            queryUsed[bi] = true;
            nameUsed[bj] = true;
            assignedTo[bj] = bi;
            assigned++;
            total += bs;
            MatchReason r = why[bi * count + bj];
            if (r != MatchReason.EXACT_NAME) {
                allExact = false;
                reasons.add(r);
            }
            int token = encoded[from + bj];
            if ((token & JOINED) != 0) {
                // the whole surname was given run together: its words are accounted for
                for (int j = 0; j < count; j++) {
                    if ((encoded[from + j] & SURNAME) != 0 && !nameUsed[j]) {
                        nameUsed[j] = true;
                        assignedTo[j] = bi;
                    }
                }
            } else if ((token & PART) != 0) {
                for (int j = 0; j < count; j++) {
                    if ((encoded[from + j] & JOINED) != 0) {
                        nameUsed[j] = true;
                    }
                }
            }
        }
        double score = total / nq;
        boolean partial = assigned < nq;
        int forenames = 0;
        int forenamesGiven = 0;
        boolean surnameGiven = false;
        boolean partMissing = false;
        int firstForenameQuery = Integer.MAX_VALUE;
        int surnameQuery = Integer.MAX_VALUE;
        for (int j = 0; j < count; j++) {
            int token = encoded[from + j];
            if ((token & JOINED) != 0) {
                continue;
            }
            boolean given = assignedTo[j] >= 0;
            if ((token & SURNAME) != 0) {
                if (given) {
                    surnameGiven = true;
                    surnameQuery = Math.min(surnameQuery, assignedTo[j]);
                } else if ((token & PART) != 0) {
                    partMissing = true;
                }
            } else {
                forenames++;
                if (given) {
                    forenamesGiven++;
                    firstForenameQuery = Math.min(firstForenameQuery, assignedTo[j]);
                }
            }
        }
        if (!surnameGiven) {
            score -= 0.20;
            partial = true;
        } else if (partMissing) {
            score -= 0.02;
            reasons.add(MatchReason.SURNAME_PART);
        }
        if (forenames > 0 && forenamesGiven == 0) {
            score -= 0.20;
            partial = true;
        } else if (forenamesGiven < forenames) {
            score -= 0.04 * (forenames - forenamesGiven);
            partial = true;
        }
        if (surnameGiven && firstForenameQuery != Integer.MAX_VALUE && surnameQuery < firstForenameQuery) {
            score -= 0.01;
            reasons.add(MatchReason.SWAPPED_NAMES);
        }
        if (partial) {
            reasons.add(MatchReason.PARTIAL_NAME);
        } else if (allExact) {
            reasons.add(MatchReason.EXACT_NAME);
        }
        return score;
    }

    // ---------------------------------------------------------------- dates of birth

    /**
     * The score from the name score and the dates of birth: a matching date raises it, a different one sinks even an
     * exact name below the display threshold, and when the caller gave a date but none is recorded only an exact
     * name stays above it. Increasing in the name score, which the candidate bound relies on.
     */
    private static double combine(double name, int birth, int queryBirth) {
        double score;
        if (queryBirth != 0 && birth != 0) {
            if (birth == queryBirth) {
                score = 0.7 * name + 0.3;
            } else if (swapped(birth) == queryBirth) {
                score = 0.7 * name + 0.24;
            } else if (oneDigit(birth, queryBirth)) {
                score = 0.7 * name + 0.22;
            } else {
                score = 0.6 * name;
            }
        } else if (queryBirth != 0) {
            score = 0.72 * name;
        } else {
            score = 0.85 * name;
        }
        return Math.max(0, Math.min(1, score));
    }

    private static int dateKey(LocalDate date) {
        return date == null ? 0 : date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static int swapped(int key) {
        int day = key % 100;
        int month = key / 100 % 100;
        return day <= 12 && day != month ? key / 10000 * 10000 + day * 100 + month : -1;
    }

    private static boolean oneDigit(int a, int b) {
        int differing = 0;
        for (int k = 0; k < 8; k++) {
            if (a % 10 != b % 10) {
                differing++;
            }
            a /= 10;
            b /= 10;
        }
        return differing == 1;
    }

    private static boolean birthsClose(int recorded, int given) {
        return recorded != 0 && (recorded == given || swapped(recorded) == given || oneDigit(recorded, given));
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> codes(String word) {
        String primary = METAPHONE.doubleMetaphone(word);
        String alternate = METAPHONE.doubleMetaphone(word, true);
        if (primary == null || primary.isEmpty()) {
            return List.of();
        }
        return alternate == null || alternate.isEmpty() || alternate.equals(primary)
                ? List.of(primary) : List.of(primary, alternate);
    }

    /** Each letter's count, saturating at 3, in two bits. */
    private static long letterCounts(String word) {
        long counts = 0;
        for (int i = 0; i < word.length(); i++) {
            int shift = ((word.charAt(i) - 'a') % 26) * 2;
            if (((counts >>> shift) & 3) < 3) {
                counts += 1L << shift;
            }
        }
        return counts;
    }

    /** A lower bound on how many letters must change between two words, from their letter counts. */
    private static int countDistance(long a, long b) {
        if (a == b) {
            return 0;
        }
        int total = 0;
        long diff = a ^ b;
        while (diff != 0) {
            int shift = (Long.numberOfTrailingZeros(diff) / 2) * 2;
            total += Math.abs((int) ((a >>> shift) & 3) - (int) ((b >>> shift) & 3));
            diff &= ~(3L << shift);
        }
        return total;
    }

    private static long letters(String word) {
        long bits = 0;
        for (int i = 0; i < word.length(); i++) {
            bits |= 1L << ((word.charAt(i) - 'a') & 63);
        }
        return bits;
    }

    private record Similarity(double score, MatchReason reason) {
    }

    /** A query word's alike vocabulary words: a map for scoring and arrays best first for reading postings. */
    @SuppressWarnings("serial")
    private static final class Expansion extends HashMap<Integer, Similarity> {
        final int vocabulary;
        final int[] ids;
        final float[] scores;

        Expansion(Map<Integer, Similarity> alike, int vocabulary) {
            super(alike);
            this.vocabulary = vocabulary;
            List<Map.Entry<Integer, Similarity>> byScore = new ArrayList<>(alike.entrySet());
            byScore.sort((a, b) -> Double.compare(b.getValue().score, a.getValue().score));
            ids = new int[byScore.size()];
            scores = new float[byScore.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = byScore.get(i).getKey();
                scores[i] = (float) byScore.get(i).getValue().score;
            }
        }
    }

    /** Per-thread marks of which query words each person matched, reset in O(1) with a generation stamp. */
    private static final class Scratch {
        int[] stamp = new int[0];
        int[] mask = new int[0];
        float[] sum = new float[0];
        long[] bounded = new long[1024];
        int[] touched = new int[1024];
        int touchedCount;
        int generation;

        void begin(int slots) {
            if (stamp.length < slots) {
                stamp = new int[slots + (slots >> 3)];
                mask = new int[stamp.length];
                sum = new float[stamp.length];
                generation = 0;
            }
            generation++;
            if (generation == Integer.MAX_VALUE) {
                Arrays.fill(stamp, 0);
                generation = 1;
            }
            touchedCount = 0;
        }

        void mark(int slot, int bit, float similarity) {
            if (stamp[slot] != generation) {
                stamp[slot] = generation;
                mask[slot] = bit;
                sum[slot] = similarity;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = slot;
            } else if ((mask[slot] & bit) == 0) {
                mask[slot] |= bit;
                sum[slot] += similarity;
            }
        }

        long[] bounded(int n) {
            if (bounded.length < n) {
                bounded = new long[n + (n >> 2)];
            }
            return bounded;
        }
    }
}
