package org.nmoregister.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * <p>An index made {@link #byForce by force} keeps each entry's force as a small number in an int array (the forces
 * numbered in the order they are first seen), so a search can filter on forces with one array read and a bit set
 * ({@link ForceFilter}) before a candidate's payload or names are read, and can answer one force and the others it
 * admits from one pass over the candidates ({@link #searchDisplayable(PersonQuery, int, ForceFilter, int)}).
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
    // How the name score and the dates of birth combine (see combine); the search's pruning relies on these too.
    private static final double WITH_DATE = 0.7;
    private static final double SAME_DATE_BONUS = 0.3;
    private static final double DIFFERENT_DATE = 0.6;
    private static final double NONE_RECORDED = 0.71;
    private static final double NONE_GIVEN = 0.85;
    /** A word this alike (exact, transliterated or a nickname) lets a date that is only close count. */
    static final double STRONG_WORD = NICKNAME_TRANSLITERATED;

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
    /** An entry's force, read from its payload when it is added; null when the index does not keep forces. */
    private final Function<? super T, ?> forceOf;
    /** The forces seen so far, numbered from 0 in the order first seen; a number is never reused. */
    private final HashMap<Object, Integer> forceNumbers = new HashMap<>();

    // vocabulary: distinct words of all names
    private final HashMap<String, Integer> wordIds = new HashMap<>();
    private String[] words = new String[1024];
    /** Each word's first letter, so matching initials reads one array, not a String per candidate. */
    private char[] wordInitials = new char[1024];
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
    /** Each person's force number, or -1 (none, or removed): a filter on forces reads this, not the payload. */
    private int[] forces = new int[1024];
    /** People by date of birth (its key), so a search given a date can read just those born on a close one. */
    private final HashMap<Integer, IntList> birthSlots = new HashMap<>();
    private int slotCount;
    private int size;

    private static final int EXPANSION_CACHE_SIZE = 50_000;
    /** Bounded by how often and how lately a word was asked for, so a burst of one-off typos does not empty it. */
    private final Cache<String, Expansion> expansionCache =
            Caffeine.newBuilder().maximumSize(EXPANSION_CACHE_SIZE).executor(Runnable::run).build();

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
        this(tables, null);
    }

    private PersonIndex(NameTables tables, Function<? super T, ?> forceOf) {
        this.tables = tables;
        this.forceOf = forceOf;
    }

    /**
     * An index that keeps each entry's force, read from its payload by {@code forceOf} when the entry is added (any
     * value with equals and hashCode: the lookup's force ids). An entry whose force is null has no force number and
     * is admitted by no {@link ForceFilter}.
     */
    public static <T> PersonIndex<T> byForce(Function<? super T, ?> forceOf) {
        java.util.Objects.requireNonNull(forceOf, "forceOf");
        return new PersonIndex<>(NameTables.standard(), forceOf);
    }

    /** The force's number in this index, or -1 if no entry has been added under it (nor will any search find one). */
    public int forceNumber(Object force) {
        lock.readLock().lock();
        try {
            Integer n = force == null ? null : forceNumbers.get(force);
            return n == null ? -1 : n;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The numbers of those of the forces that this index has seen, as a bit set for a {@link ForceFilter}. */
    public BitSet forceNumbers(Collection<?> forces) {
        BitSet bits = new BitSet();
        lock.readLock().lock();
        try {
            for (Object force : forces) {
                Integer n = force == null ? null : forceNumbers.get(force);
                if (n != null) {
                    bits.set(n);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        return bits;
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

    /** How many dates of birth people are indexed under (package-visible for tests: a date no one has is dropped). */
    int datesOfBirth() {
        lock.readLock().lock();
        try {
            return birthSlots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Whether no thread holds the index's lock and every search permit is free (package-visible for tests: each
     * update and search gives back what it took, or the next update waits for ever).
     */
    boolean idle() {
        return lock.getReadLockCount() == 0 && !lock.isWriteLocked()
                && searchPermits.availablePermits() == MAX_CONCURRENT_SEARCHES;
    }

    private void addLocked(PersonRecord<T> person) {
        growSlots();
        int slot = slotCount++;
        // each name is its word count followed by its words, so the encoding's length is known before it is filled
        List<List<NameToken>> all = new ArrayList<>(1 + person.aliases().size());
        all.add(NameNormaliser.tokens(person.name()));
        for (String alias : person.aliases()) {
            all.add(NameNormaliser.tokens(alias));
        }
        int length = 0;
        for (List<NameToken> tokens : all) {
            length += 1 + tokens.size();
        }
        int[] encoded = new int[length];
        int n = 0;
        for (List<NameToken> tokens : all) {
            encoded[n++] = tokens.size();
            for (NameToken t : tokens) {
                int w = wordId(t.text(), !t.joined());
                encoded[n++] = w | (t.surname() ? SURNAME : 0) | (t.part() ? PART : 0) | (t.joined() ? JOINED : 0);
                addPosting(w, slot);
            }
        }
        names[slot] = encoded;
        births[slot] = dateKey(person.dateOfBirth());
        if (births[slot] != 0) {
            birthSlots.computeIfAbsent(births[slot], k -> new IntList()).add(slot);
        }
        records[slot] = person;
        forces[slot] = forceNumberLocked(person.payload());
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
        forces[slot] = -1;
        IntList born = birthSlots.get(births[slot]);
        if (born != null && born.remove(slot) && born.size == 0) {
            birthSlots.remove(births[slot]);
        }
        births[slot] = 0;
        size--;
        return true;
    }

    private int forceNumberLocked(T payload) {
        Object force = forceOf == null || payload == null ? null : forceOf.apply(payload);
        if (force == null) {
            return -1;
        }
        Integer n = forceNumbers.get(force);
        if (n == null) {
            n = forceNumbers.size();
            forceNumbers.put(force, n);
        }
        return n;
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
            wordCounts = Arrays.copyOf(wordCounts, cap);
            wordFuzzy = Arrays.copyOf(wordFuzzy, cap);
            postings = Arrays.copyOf(postings, cap);
            postingSizes = Arrays.copyOf(postingSizes, cap);
        }
        vocabularyVersion++;
        words[w] = word;
        wordInitials[w] = word.charAt(0);
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

    /** Makes room for one more slot (each slot's force is set when its person is added). */
    private void growSlots() {
        if (slotCount == records.length) {
            int cap = records.length * 2;
            records = Arrays.copyOf(records, cap);
            names = Arrays.copyOf(names, cap);
            births = Arrays.copyOf(births, cap);
            forces = Arrays.copyOf(forces, cap);
        }
    }

    // ---------------------------------------------------------------- search

    /** The best matches for the query, best first; may include matches below the display threshold. */
    public List<PersonMatch<T>> search(PersonQuery query) {
        return search(query, 0);
    }

    /**
     * The best matches at or above {@link #DISPLAY_THRESHOLD}: exactly those of {@link #search} that are displayable,
     * found without reading the people who cannot reach the threshold (see {@link #searchLocked}).
     */
    public List<PersonMatch<T>> searchDisplayable(PersonQuery query) {
        return search(query, DISPLAY_THRESHOLD);
    }

    /**
     * The best displayable matches among the people {@code admit} lets through: the filter is applied to each
     * candidate before it is scored and before the answer is cut to the query's limit, so people it turns away never
     * take a place among the best (one index holding every force's people answers for the forces a user may see,
     * however crowded another force is with look-alike names). The filter runs under the index's read lock: keep it
     * to map reads.
     */
    public List<PersonMatch<T>> searchDisplayable(PersonQuery query, java.util.function.Predicate<? super T> admit) {
        java.util.Objects.requireNonNull(admit, "admit");
        return search(query, DISPLAY_THRESHOLD, null, admit);
    }

    /**
     * The same, with a filter on the entries' forces (an index made {@link #byForce by force}): each candidate's force
     * number is read from an array and tested against the filter's bit sets, without reading its payload.
     */
    public List<PersonMatch<T>> searchDisplayable(PersonQuery query, ForceFilter<? super T> admitted) {
        java.util.Objects.requireNonNull(admitted, "admitted");
        return searchGroups(query, DISPLAY_THRESHOLD, null, new IntPredicate[] {admits(admitted)},
                new int[] {query.limit()}, forcesOf(-1, admitted))[0];
    }

    /**
     * One force's best displayable matches and, from the same pass over the candidates, the best among the entries
     * of the forces {@code others} admits: exactly what {@link #searchDisplayable(PersonQuery, ForceFilter)} would
     * answer for each (the same matches in the same order), for the cost of about one search. The control room's
     * lookup asks its own force and the national existence check this way: at a million people most of a search is
     * reading the people born close to the date asked, and two searches read them twice.
     *
     * @param query       the own force's limit is the query's
     * @param ownForce    the own force's number ({@link #forceNumber}); -1 (a force with no entries) finds no one
     * @param others      the other forces admitted; an entry of the own force it also admits is found in both lists
     * @param othersLimit the most matches of the others to return
     */
    public OwnAndOthers<T> searchDisplayable(PersonQuery query, int ownForce, ForceFilter<? super T> others,
                                             int othersLimit) {
        java.util.Objects.requireNonNull(others, "others");
        if (othersLimit < 1) {
            throw new IllegalArgumentException("othersLimit must be at least 1");
        }
        IntPredicate own = ownForce < 0 ? slot -> false : slot -> forces[slot] == ownForce;
        List<PersonMatch<T>>[] found = searchGroups(query, DISPLAY_THRESHOLD, null,
                new IntPredicate[] {own, admits(others)}, new int[] {query.limit(), othersLimit},
                forcesOf(ownForce, others));
        return new OwnAndOthers<>(found[0], found[1]);
    }

    /** The answer of {@link #searchDisplayable(PersonQuery, int, ForceFilter, int)}: each list best first. */
    public record OwnAndOthers<T>(List<PersonMatch<T>> own, List<PersonMatch<T>> others) {
    }

    /**
     * Which forces' entries a search admits, by force number ({@link #forceNumber}, {@link #forceNumbers}): every
     * entry of the forces in {@code whole}, and of the forces in {@code part} those entries {@code entry} admits (read
     * from the payload: for the lookup, the few orders a force that does not share has told the user's force of).
     * The bit sets are copied. {@code entry} runs under the index's read lock: keep it to map reads.
     */
    public record ForceFilter<T>(BitSet whole, BitSet part, Predicate<? super T> entry) {

        public ForceFilter {
            whole = (BitSet) whole.clone();
            part = (BitSet) part.clone();
            part.andNot(whole);
            java.util.Objects.requireNonNull(entry, "entry");
        }

        /** Every entry of these forces. */
        public static <T> ForceFilter<T> of(BitSet whole) {
            return new ForceFilter<>(whole, new BitSet(), entry -> false);
        }
    }

    /**
     * Every force some answer may admit an entry of (the own force, and the filter's forces whole or in part): the
     * one bit test that turns away, before their names are read, the people born close whom no answer admits. It
     * admits more than the answers (all of a force admitted in part); each answer's own filter decides when scored.
     */
    private static BitSet forcesOf(int ownForce, ForceFilter<?> filter) {
        BitSet any = (BitSet) filter.whole().clone();
        any.or(filter.part());
        if (ownForce >= 0) {
            any.set(ownForce);
        }
        return any;
    }

    private IntPredicate admits(ForceFilter<? super T> filter) {
        BitSet whole = filter.whole();
        BitSet part = filter.part();
        if (part.isEmpty()) {
            return slot -> {
                int f = forces[slot];
                return f >= 0 && whole.get(f);
            };
        }
        Predicate<? super T> entry = filter.entry();
        return slot -> {
            int f = forces[slot];
            return f >= 0 && (whole.get(f) || part.get(f) && entry.test(payload(slot)));
        };
    }

    /**
     * What one search read: the people marked as candidates through their names, those whose bound could reach the
     * minimum (including those found by their date of birth), and those scored in full. The measure of the
     * control room's pruning, for its tests.
     */
    record Work(int marked, int bounded, int scored) {
    }

    /** The work {@link #searchDisplayable} does for the query (package-visible for tests). */
    Work displayableWork(PersonQuery query) {
        Work[] work = new Work[1];
        search(query, DISPLAY_THRESHOLD, work, null);
        return work[0];
    }

    /** The work {@link #search} does for the query (package-visible for tests). */
    Work fullWork(PersonQuery query) {
        Work[] work = new Work[1];
        search(query, 0, work, null);
        return work[0];
    }

    private List<PersonMatch<T>> search(PersonQuery query, double minScore) {
        return search(query, minScore, null, null);
    }

    /** @param admit the people who may be found (by their payload), or null for everyone */
    private List<PersonMatch<T>> search(PersonQuery query, double minScore, Work[] work,
                                        java.util.function.Predicate<? super T> admit) {
        IntPredicate[] groups = admit == null ? null : new IntPredicate[] {slot -> admit.test(payload(slot))};
        return searchGroups(query, minScore, work, groups, new int[] {query.limit()}, null)[0];
    }

    /**
     * @param groups   each answer's filter on the slots, or null for one answer of everyone
     * @param limits   each answer's most matches
     * @param anyForce with force filters, the forces any answer may admit (see {@link #forcesOf}); null otherwise
     */
    @SuppressWarnings("unchecked")
    private List<PersonMatch<T>>[] searchGroups(PersonQuery query, double minScore, Work[] work,
                                                IntPredicate[] groups, int[] limits, BitSet anyForce) {
        List<NameToken> parsed = NameNormaliser.tokens(query.name());
        List<String> q = new ArrayList<>();
        for (NameToken t : parsed) {
            if (!t.joined() && !q.contains(t.text()) && q.size() < MAX_QUERY_WORDS) {
                q.add(t.text());
            }
        }
        if (q.isEmpty()) {
            if (work != null) {
                work[0] = new Work(0, 0, 0);
            }
            List<PersonMatch<T>>[] none = new List[limits.length];
            Arrays.fill(none, List.of());
            return none;
        }
        int queryBirth = dateKey(query.dateOfBirth());
        searchPermits.acquireUninterruptibly();
        Scratch s = scratches.poll();
        if (s == null) {
            s = new Scratch();
        }
        lock.readLock().lock();
        try {
            List<PersonMatch<T>>[] found = searchLocked(q, queryBirth, limits, minScore, groups, anyForce, s);
            if (work != null) {
                work[0] = new Work(s.touchedCount, s.boundedCount, s.scoredCount);
            }
            return found;
        } finally {
            lock.readLock().unlock();
            scratches.offer(s);
            searchPermits.release();
        }
    }

    /**
     * Finds the candidates, bounds each one's score from above, and scores them in full best bound first until no
     * bound can beat the matches found.
     *
     * <p>With a minimum score (the display threshold) most people cannot reach it, and the search skips them: a
     * recorded date of birth that is not within one error of the query's caps a score at 0.6, so when the caller gives
     * a date the people worth reading are those born on one of the few dates within one error (a date index gives
     * them, about a thousand at a million people) and those with no recorded date whose name is all but exact. Without a
     * date, a name must score highly enough that every query word has to match: the words' people are intersected,
     * smallest first, rather than united. Words too unlike a query word to lift anyone over the minimum are not read.
     */
    @SuppressWarnings("unchecked")
    private List<PersonMatch<T>>[] searchLocked(List<String> q, int queryBirth, int[] limits, double minScore,
                                               IntPredicate[] groups, BitSet anyForce, Scratch s) {
        int nq = q.size();
        Expansion[] expansions = new Expansion[nq];
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
        int initials = nq - words;
        int required = Math.min(2, Math.max(1, nq));
        // A recorded date that is not close caps the score at 0.6: above that, only close dates and no date count.
        boolean birthLed = queryBirth != 0 && minScore > DIFFERENT_DATE;
        // The name score the people found through their names need: those with no recorded date when birth-led.
        double nameMin = birthLed ? minScore / NONE_RECORDED
                : queryBirth != 0 ? (minScore - SAME_DATE_BONUS) / WITH_DATE : minScore / NONE_GIVEN;
        // A word's alike words below this similarity cannot lift anyone to nameMin, even with every other word exact.
        double cutoff = nq * nameMin - (words - 1) - initials * INITIAL;
        boolean allWordsNeeded = minScore > 0 && words >= 2 && (words - 1 + initials * INITIAL) / nq < nameMin;

        s.begin(slotCount);
        Integer[] order = new Integer[nq];
        long[] volume = new long[nq];
        for (int i = 0; i < nq; i++) {
            order[i] = i;
            if (!initial[i]) {
                Expansion x = expansions[i];
                for (int e = 0; e < x.ids.length && x.scores[e] >= cutoff; e++) {
                    volume[i] += postingSizes[x.ids[e]];
                }
            }
        }
        if (allWordsNeeded) {
            Arrays.sort(order, (a, b) -> Long.compare(volume[a], volume[b]));
        }
        boolean first = true;
        for (int i : order) {
            if (initial[i]) {
                continue;
            }
            int bit = 1 << i;
            boolean addNew = first || !allWordsNeeded;
            first = false;
            // best first, so that a person's first mark for this word carries their best similarity for it
            Expansion x = expansions[i];
            for (int e = 0; e < x.ids.length && x.scores[e] >= cutoff; e++) {
                int w = x.ids[e];
                float sim = x.scores[e];
                int[] list = postings[w];
                int n = postingSizes[w];
                if (addNew) {
                    for (int k = 0; k < n; k++) {
                        s.mark(list[k], bit, sim);
                    }
                } else {
                    for (int k = 0; k < n; k++) {
                        s.markIfTouched(list[k], bit, sim);
                    }
                }
            }
        }
        // Each candidate's score is bounded above by its best similarity per query word.
        long[] bounded = s.bounded(s.touchedCount);
        int nb = 0;
        for (int t = 0; t < s.touchedCount; t++) {
            int slot = s.touched[t];
            int birth = births[slot];
            if (birthLed && birth != 0) {
                continue; // found by their date below, or capped under the minimum
            }
            int bits = Integer.bitCount(s.mask[slot]);
            double sum = s.sum[slot];
            boolean close = queryBirth != 0 && birthsClose(birth, queryBirth);
            // the initials are read only for people who could qualify if they all matched
            if (initials > 0) {
                if (combine(Math.min(1.0, (sum + initials * INITIAL) / nq), birth, queryBirth, true) < minScore) {
                    continue;
                }
                int matched = initialsMatched(slot, q, initial);
                bits += matched;
                sum += matched * INITIAL;
            }
            if (bits < required && !(close && bits >= 1)) {
                continue;
            }
            double bound = combine(Math.min(1.0, sum / nq), birth, queryBirth, true);
            if (bound + 1e-4 >= minScore) {
                bounded[nb++] = ((long) Float.floatToIntBits((float) bound + 1e-4f) << 32) | slot;
            }
        }
        if (birthLed) {
            nb = bornClose(q, initial, expansions, queryBirth, minScore, groups, anyForce, s, nb);
            bounded = s.bounded;
        }
        s.boundedCount = nb;
        Arrays.sort(bounded, 0, nb);
        // each answer walks the same bounded candidates, best bound first, keeping only those its filter admits:
        // exactly the walk a search with that filter alone would make
        List<PersonMatch<T>>[] answers = new List[limits.length];
        for (int g = 0; g < limits.length; g++) {
            IntPredicate admit = groups == null ? null : groups[g];
            int limit = limits[g];
            PriorityQueue<PersonMatch<T>> best = new PriorityQueue<>(limit + 1,
                    (a, b) -> Double.compare(a.score(), b.score()));
            for (int t = nb - 1; t >= 0; t--) {
                int slot = (int) bounded[t];
                float bound = Float.intBitsToFloat((int) (bounded[t] >>> 32));
                if (bound < minScore || best.size() == limit && bound < best.peek().score()) {
                    break;
                }
                // turned away before it is scored, so it never takes the place of someone admitted
                if (admit != null && !admit.test(slot)) {
                    continue;
                }
                s.scoredCount++;
                PersonMatch<T> m = score(slot, q, initial, expansions, queryBirth);
                if (m == null || m.score() < minScore) {
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
            answers[g] = out;
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private T payload(int slot) {
        return ((PersonRecord<T>) records[slot]).payload();
    }

    /**
     * Adds to the bounded candidates everyone born on the query's date or within one error of it (day and month
     * swapped, one digit wrong) whose name could still reach the minimum; returns the new count.
     */
    private int bornClose(List<String> q, boolean[] initial, Expansion[] expansions, int queryBirth, double minScore,
                          IntPredicate[] groups, BitSet anyForce, Scratch s, int nb) {
        int nq = q.size();
        s.beginWords(wordCount, expansions);
        float[] best = new float[nq];
        int[] keys = closeBirths(queryBirth);
        for (int key : keys) {
            IntList born = birthSlots.get(key);
            if (born == null) {
                continue;
            }
            for (int b = 0; b < born.size; b++) {
                int slot = born.items[b];
                // in a national index the people no answer admits (forces that do not share) are turned away before
                // their names are read: reading the names of everyone born close was most of a lookup's time at
                // 1,000,000; with a force filter this is an array read and a bit test
                if (anyForce != null) {
                    int f = forces[slot];
                    if (f < 0 || !anyForce.get(f)) {
                        continue;
                    }
                } else if (groups != null && !admittedByAny(groups, slot)) {
                    continue;
                }
                int[] encoded = names[slot];
                Arrays.fill(best, 0);
                for (int k = 0; k < encoded.length; ) {
                    int count = encoded[k++];
                    for (int j = 0; j < count; j++) {
                        int token = encoded[k + j];
                        int w = token & WORD;
                        if (s.wordStamp[w] == s.wordGeneration) {
                            for (int i = 0; i < nq; i++) {
                                best[i] = Math.max(best[i], s.wordSims[w * MAX_QUERY_WORDS + i]);
                            }
                        }
                        if ((token & SURNAME) == 0) {
                            for (int i = 0; i < nq; i++) {
                                if (initial[i] && wordInitials[w] == q.get(i).charAt(0)) {
                                    best[i] = (float) INITIAL;
                                }
                            }
                        }
                    }
                    k += count;
                }
                int words = 0;
                double sum = 0;
                for (int i = 0; i < nq; i++) {
                    if (best[i] > 0) {
                        words += initial[i] ? 0 : 1;
                        sum += best[i];
                    }
                }
                if (words < 1) {
                    // the date is close, so one matching word is enough, but initials alone are not (as in search)
                    continue;
                }
                double bound = combine(Math.min(1.0, sum / nq), births[slot], queryBirth, true);
                if (bound + 1e-4 >= minScore) {
                    long[] bounded = s.bounded(nb + 1);
                    bounded[nb++] = ((long) Float.floatToIntBits((float) bound + 1e-4f) << 32) | slot;
                }
            }
        }
        return nb;
    }

    private static boolean admittedByAny(IntPredicate[] groups, int slot) {
        for (IntPredicate g : groups) {
            if (g.test(slot)) {
                return true;
            }
        }
        return false;
    }

    /** The date keys within one error of the given one: itself, day and month swapped, and any one digit changed. */
    private static int[] closeBirths(int key) {
        int[] out = new int[2 + 8 * 9];
        int n = 0;
        out[n++] = key;
        int swapped = swapped(key);
        if (swapped != -1) {
            out[n++] = swapped;
        }
        int place = 1;
        for (int position = 0; position < 8; position++, place *= 10) {
            int digit = key / place % 10;
            for (int d = 0; d <= 9; d++) {
                if (d != digit) {
                    out[n++] = key + (d - digit) * place;
                }
            }
        }
        return Arrays.copyOf(out, n);
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
    Expansion expansion(String word) {
        Expansion cached = expansionCache.getIfPresent(word);
        if (cached != null && cached.vocabulary == vocabularyVersion) {
            return cached;
        }
        Expansion fresh = new Expansion(expand(word), vocabularyVersion);
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
        // a word too short for a typo (two letters) is compared with the words of its length and letters only, and
        // none is within its 0 edits
        long counts = letterCounts(word);
        int len = word.length();
        for (int l = Math.max(1, len - maxEdits); l <= len + maxEdits && l < byLength.length; l++) {
            int[] ids = byLength[l];
            int n = byLengthSizes[l];
            for (int k = 0; k < n; k++) {
                int w = ids[k];
                // An edit changes at most two letters' counts (a substitution), so a word whose counts differ by
                // more cannot be within the allowed edits: most of the vocabulary is passed over without a
                // Damerau-Levenshtein distance.
                if (countDistance(counts, wordCounts[w]) > 2 * maxEdits
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

    private PersonMatch<T> score(int slot, List<String> q, boolean[] initial, Expansion[] expansions,
                                 int queryBirth) {
        int[] encoded = names[slot];
        if (encoded == null) {
            return null;
        }
        double bestName = -1;
        double bestStrongest = 0;
        double[] strongest = new double[1];
        EnumSet<MatchReason> bestReasons = null;
        int bestIndex = 0;
        int nameIndex = 0;
        for (int i = 0; i < encoded.length; nameIndex++) {
            int count = encoded[i];
            EnumSet<MatchReason> reasons = EnumSet.noneOf(MatchReason.class);
            double s = scoreName(encoded, i + 1, count, q, initial, expansions, reasons, strongest);
            if (nameIndex > 0) {
                s *= 0.97;
                reasons.add(MatchReason.ALIAS);
            }
            if (s > bestName) {
                bestName = s;
                bestStrongest = strongest[0];
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
        double score = combine(bestName, birth, queryBirth, bestStrongest >= STRONG_WORD);
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
                             Expansion[] expansions, EnumSet<MatchReason> reasons, double[] strongest) {
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
        strongest[0] = 0;
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
            strongest[0] = Math.max(strongest[0], bs);
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
     * name stays above it (an exact forename with half a double-barrelled surname does not). Increasing in the name
     * score and in {@code strongWord}, which the candidate bound relies on.
     *
     * @param strongWord whether some word of the name is the query's word, a transliteration or a nickname of it. A
     *                   date that is only close (day and month swapped, one digit wrong) counts only with such a word:
     *                   a wrong date beside a name whose every word is misspelt or merely sounds alike is two
     *                   errors, and at a million people shows strangers born near the caller's date.
     */
    private static double combine(double name, int birth, int queryBirth, boolean strongWord) {
        double score;
        if (queryBirth != 0 && birth != 0) {
            if (birth == queryBirth) {
                score = WITH_DATE * name + SAME_DATE_BONUS;
            } else if (strongWord && swapped(birth) == queryBirth) {
                score = WITH_DATE * name + 0.24;
            } else if (strongWord && oneDigit(birth, queryBirth)) {
                score = WITH_DATE * name + 0.22;
            } else {
                score = DIFFERENT_DATE * name;
            }
        } else if (queryBirth != 0) {
            score = NONE_RECORDED * name;
        } else {
            score = NONE_GIVEN * name;
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
        for (; a != b; a /= 10, b /= 10) {
            if (a % 10 != b % 10) {
                differing++;
            }
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

    /** Each letter's count, saturating at 3, in two bits (package-visible for tests). */
    static long letterCounts(String word) {
        long counts = 0;
        for (int i = 0; i < word.length(); i++) {
            int shift = ((word.charAt(i) - 'a') % 26) * 2;
            if (((counts >>> shift) & 3) < 3) {
                counts += 1L << shift;
            }
        }
        return counts;
    }

    /**
     * A lower bound on how many letters must change between two words, from their letter counts: the sum over the
     * letters of the difference in their counts (package-visible for tests).
     */
    static int countDistance(long a, long b) {
        int total = 0;
        long diff = a ^ b;
        while (diff != 0) {
            int shift = (Long.numberOfTrailingZeros(diff) / 2) * 2;
            total += Math.abs((int) ((a >>> shift) & 3) - (int) ((b >>> shift) & 3));
            diff &= ~(3L << shift);
        }
        return total;
    }

    record Similarity(double score, MatchReason reason) {
    }

    /** A query word's alike vocabulary words: a map for scoring and arrays best first for reading postings. */
    @SuppressWarnings("serial")
    static final class Expansion extends HashMap<Integer, Similarity> {
        final int vocabulary;
        final int[] ids;
        final float[] scores;

        Expansion(Map<Integer, Similarity> alike, int vocabulary) {
            super(alike);
            this.vocabulary = vocabulary;
            // sorted as (score, word) pairs packed in longs: scores are positive, so their float bits order as they do
            long[] byScore = new long[alike.size()];
            int n = 0;
            for (Map.Entry<Integer, Similarity> e : alike.entrySet()) {
                byScore[n++] = ((long) Float.floatToIntBits((float) e.getValue().score) << 32) | e.getKey();
            }
            Arrays.sort(byScore);
            ids = new int[n];
            scores = new float[n];
            for (int i = 0; i < n; i++) {
                long packed = byScore[n - 1 - i];
                ids[i] = (int) packed;
                scores[i] = Float.intBitsToFloat((int) (packed >>> 32));
            }
        }
    }

    /** Per-thread marks of which query words each person matched, reset in O(1) with a generation stamp. */
    static final class Scratch {
        int[] stamp = new int[0];
        int[] mask = new int[0];
        float[] sum = new float[0];
        long[] bounded = new long[1024];
        int[] touched = new int[1024];
        int touchedCount;
        int boundedCount;
        int scoredCount;
        int generation;
        int[] wordStamp = new int[0];
        float[] wordSims = new float[0];
        int wordGeneration;

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
            boundedCount = 0;
            scoredCount = 0;
        }

        /** Marks a person already marked for an earlier word; no one new becomes a candidate. */
        void markIfTouched(int slot, int bit, float similarity) {
            if (stamp[slot] == generation && (mask[slot] & bit) == 0) {
                mask[slot] |= bit;
                sum[slot] += similarity;
            }
        }

        /** Each vocabulary word's similarity to each query word, for reading people by their words. */
        void beginWords(int vocabulary, Expansion[] expansions) {
            if (wordStamp.length < vocabulary) {
                wordStamp = new int[vocabulary + (vocabulary >> 3)];
                wordSims = new float[wordStamp.length * MAX_QUERY_WORDS];
                wordGeneration = 0;
            }
            wordGeneration++;
            if (wordGeneration == Integer.MAX_VALUE) {
                Arrays.fill(wordStamp, 0);
                wordGeneration = 1;
            }
            for (int i = 0; i < expansions.length; i++) {
                Expansion x = expansions[i];
                if (x == null) {
                    continue;
                }
                for (int e = 0; e < x.ids.length; e++) {
                    int w = x.ids[e];
                    if (wordStamp[w] != wordGeneration) {
                        wordStamp[w] = wordGeneration;
                        Arrays.fill(wordSims, w * MAX_QUERY_WORDS, (w + 1) * MAX_QUERY_WORDS, 0f);
                    }
                    // a word appears once in an expansion, so this query word's similarity is set once
                    wordSims[w * MAX_QUERY_WORDS + i] = x.scores[e];
                }
            }
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
                bounded = Arrays.copyOf(bounded, n + (n >> 2) + 16);
            }
            return bounded;
        }
    }

    /** A growable list of slots in ascending order. */
    static final class IntList {
        int[] items = new int[4];
        int size;

        void add(int slot) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = slot;
        }

        boolean remove(int slot) {
            int at = Arrays.binarySearch(items, 0, size, slot);
            if (at < 0) {
                return false;
            }
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            size--;
            return true;
        }
    }
}
