package vn.gazette.site;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gazette.config.Province;
import vn.gazette.config.ProvinceVocabulary;
import vn.gazette.config.SiteConfig;
import vn.gazette.config.TaxonomyConfig;
import vn.gazette.content.ArticleDate;
import vn.gazette.content.ParsedArticle;
import vn.gazette.content.PartialFrontMatter;
import vn.gazette.internal.LongText;
import vn.gazette.problem.Message;
import vn.gazette.problem.Problem;
import vn.gazette.problem.Problems;
import vn.gazette.problem.Severity;
import vn.gazette.problem.SourcePosition;
import vn.gazette.source.SourceFile;

/**
 * A site model as the build cache keeps it, so that a build in a process of its own after an edit of bodies alone
 * takes the model the last build assembled instead of assembling it again (a running process keeps the model
 * itself). What assembly decides is kept: which articles are published, in which order and under which URL, the
 * files copied and where they go, the articles left out and why, every term with its articles, and the problems
 * assembly found, which are reported again, and which article's date or expiry is the site's next change. The rest
 * is worked out again from those as assembly works it out ({@link SiteAssembler#complete}): the related articles,
 * the conference index, the archive, the names and the authors.
 *
 * <p>Whether a kept model belongs to a build is for the caller to tell (the session keeps it with a digest of what
 * assembly read). The model is read back against that build's articles and files: one that names an article or file
 * the build does not have, or that is cut short or damaged, is not taken, and the site is assembled anew. Only a
 * model assembled without broken articles is kept (their problems are found again by every build). A problem's
 * values are kept as the texts its wording shows them as, which is all a wording reads of them.
 */
public final class StoredSite {

    /** The layout; a model kept in another is not taken. */
    private static final int FORMAT = 1;
    private static final int MAX_TEXT = 1 << 16;
    private static final int MAX_COUNT = 1 << 24;

    private static final byte TEXT = 1;
    private static final byte MESSAGE = 2;

    private StoredSite() {
    }

    /** A model taken, with the problems its assembly found. */
    public record Taken(Site site, List<Problem> problems) {
        public Taken {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Writes what assembly decided for {@code site}, and the problems it found; provinces are written by their place
     * in the vocabulary the site was assembled with.
     */
    public static void write(DataOutput out, Site site, List<Problem> problems, ProvinceVocabulary vocabulary)
            throws IOException {
        Map<Province, Integer> provinces = new HashMap<>();
        List<Province> all = vocabulary.all();
        for (int i = 0; i < all.size(); i++) {
            provinces.putIfAbsent(all.get(i), i);
        }
        out.writeInt(FORMAT);
        Map<String, Integer> numbers = new HashMap<>(site.articles().size() * 2);
        out.writeInt(site.articles().size());
        for (Article article : site.articles()) {
            numbers.put(article.url(), numbers.size());
            text(out, article.source().relative());
            text(out, article.url());
        }
        out.writeInt(site.assets().size());
        for (Asset asset : site.assets()) {
            text(out, asset.source().relative());
            text(out, asset.outputPath());
        }
        out.writeInt(site.leftOut().size());
        for (LeftOut left : site.leftOut()) {
            text(out, left.source().relative());
            out.writeByte(left.reason().ordinal());
            out.writeBoolean(left.url().isPresent());
            if (left.url().isPresent()) {
                text(out, left.url().get());
            }
        }
        out.writeBoolean(site.schedule().next().isPresent());
        if (site.schedule().next().isPresent()) {
            Schedule.Change next = site.schedule().next().get();
            text(out, next.article());
            out.writeByte(next.kind().ordinal());
        }
        out.writeInt(site.taxonomies().size());
        for (Taxonomy taxonomy : site.taxonomies()) {
            taxonomy(out, taxonomy, numbers, provinces);
        }
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            problem(out, problem);
        }
    }

    private static void taxonomy(DataOutput out, Taxonomy taxonomy, Map<String, Integer> numbers,
            Map<Province, Integer> provinces) throws IOException {
        text(out, taxonomy.name());
        text(out, taxonomy.url());
        Map<Term, Integer> termNumbers = new java.util.IdentityHashMap<>();
        out.writeInt(taxonomy.terms().size());
        for (Term term : taxonomy.terms()) {
            termNumbers.put(term, termNumbers.size());
            text(out, term.name());
            text(out, term.slug());
            text(out, term.url());
            out.writeInt(term.ownCount());
            // -2: a province the vocabulary does not have, which a read refuses
            out.writeInt(term.province().map(p -> provinces.getOrDefault(p, -2)).orElse(-1));
            out.writeBoolean(term.now().isPresent());
            if (term.now().isPresent()) {
                link(out, term.now().get());
            }
            out.writeInt(term.merged().size());
            for (Term.Link link : term.merged()) {
                link(out, link);
            }
            out.writeInt(term.articles().size());
            for (Article article : term.articles()) {
                out.writeInt(numbers.get(article.url()));
            }
        }
        out.writeInt(taxonomy.byValue().size());
        for (Map.Entry<String, Term> entry : new java.util.TreeMap<>(taxonomy.byValue()).entrySet()) {
            text(out, entry.getKey());
            out.writeInt(number(termNumbers, entry.getValue()));
        }
        out.writeInt(taxonomy.byArticle().size());
        for (Map.Entry<String, List<Term>> entry : new java.util.TreeMap<>(taxonomy.byArticle()).entrySet()) {
            out.writeInt(numbers.get(entry.getKey()));
            out.writeInt(entry.getValue().size());
            for (Term term : entry.getValue()) {
                out.writeInt(number(termNumbers, term));
            }
        }
    }

    private static int number(Map<Term, Integer> numbers, Term term) throws IOException {
        Integer number = numbers.get(term);
        if (number == null) {
            throw new IOException("a term that is not one of its taxonomy's");
        }
        return number;
    }

    private static void link(DataOutput out, Term.Link link) throws IOException {
        text(out, link.name());
        text(out, link.url());
    }

    private static void problem(DataOutput out, Problem problem) throws IOException {
        out.writeByte(problem.severity().ordinal());
        text(out, problem.where().file().toString());
        out.writeInt(problem.where().line());
        out.writeInt(problem.where().column());
        text(out, problem.stage());
        message(out, problem.text());
        out.writeBoolean(problem.page().isPresent());
        if (problem.page().isPresent()) {
            text(out, problem.page().get().toString());
        }
        out.writeInt(problem.otherPages());
    }

    private static void message(DataOutput out, Message message) throws IOException {
        text(out, message.key());
        out.writeInt(message.args().size());
        for (Object arg : message.args()) {
            if (arg instanceof Message inner) {
                out.writeByte(MESSAGE);
                message(out, inner);
            } else { // a wording shows any other value as its text (see Catalog#format): it is kept as that
                out.writeByte(TEXT);
                text(out, String.valueOf(arg));
            }
        }
    }

    /**
     * The model {@link #write} kept, for the build that assembles {@code parsed} (no broken articles) and
     * {@code assetFiles} with these settings and this vocabulary, at a time the model holds for; empty when it names an article or file the build does
     * not have, or cannot be read whole.
     */
    public static Optional<Taken> read(DataInput in, SiteConfig config, ProvinceVocabulary vocabulary,
            List<ParsedArticle> parsed, List<SourceFile> assetFiles) {
        try {
            return Optional.of(decode(in, config, vocabulary, parsed, assetFiles));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // assembled anew
        }
    }

    private static Taken decode(DataInput in, SiteConfig config, ProvinceVocabulary vocabulary,
            List<ParsedArticle> parsed, List<SourceFile> assetFiles) throws IOException {
        if (in.readInt() != FORMAT) {
            throw new IOException("another layout");
        }
        Map<String, ParsedArticle> byFile = new HashMap<>(parsed.size() * 2);
        parsed.forEach(article -> byFile.put(article.source().relative(), article));
        int count = count(in);
        List<Article> articles = new ArrayList<>(count);
        Map<String, Article> byUrl = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            ParsedArticle item = known(byFile, text(in));
            Article article = new Article(item.source(), item.front(), text(in), item.bodyOffset(),
                    item.bodyFirstLine(), item.checksum());
            articles.add(article);
            byUrl.put(article.url(), article);
        }
        Map<String, SourceFile> filesByName = new HashMap<>(assetFiles.size() * 2);
        assetFiles.forEach(file -> filesByName.put(file.relative(), file));
        int assetCount = count(in);
        List<Asset> assets = new ArrayList<>(assetCount);
        for (int i = 0; i < assetCount; i++) {
            assets.add(new Asset(known(filesByName, text(in)), text(in)));
        }
        int leftCount = count(in);
        List<LeftOut> leftOut = new ArrayList<>(leftCount);
        for (int i = 0; i < leftCount; i++) {
            ParsedArticle item = known(byFile, text(in));
            LeftOut.Reason reason = LeftOut.Reason.values()[in.readByte()];
            Optional<String> url = in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
            leftOut.add(new LeftOut(item.source(), PartialFrontMatter.of(item.front()), url, reason));
        }
        Schedule schedule = Schedule.none();
        if (in.readBoolean()) { // the next change, by its article and kind: its time is the article's date for it
            ParsedArticle changing = known(byFile, text(in));
            Schedule.Kind kind = Schedule.Kind.values()[in.readByte()];
            ArticleDate when = kind == Schedule.Kind.PUBLISH ? changing.front().date()
                    : changing.front().expires().orElseThrow();
            schedule = new Schedule(Optional.of(new Schedule.Change(when, kind, changing.source().relative())));
        }
        int taxonomyCount = count(in);
        if (taxonomyCount != config.taxonomies().size()) {
            throw new IOException("other taxonomies");
        }
        List<Taxonomy> taxonomies = new ArrayList<>(taxonomyCount);
        for (TaxonomyConfig taxonomy : config.taxonomies()) {
            taxonomies.add(taxonomy(in, taxonomy, articles, vocabulary.all()));
        }
        int problemCount = count(in);
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(problem(in));
        }
        Site site = SiteAssembler.complete(config, articles, assets, byUrl, taxonomies, leftOut,
                schedule, TaxonomyBuilder.vietnamese(), new Problems());
        return new Taken(site, problems);
    }

    private static Taxonomy taxonomy(DataInput in, TaxonomyConfig config, List<Article> articles,
            List<Province> provinces) throws IOException {
        if (!text(in).equals(config.name())) {
            throw new IOException("another taxonomy");
        }
        String url = text(in);
        int count = count(in);
        List<Term> terms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = text(in);
            String slug = text(in);
            String termUrl = text(in);
            int own = in.readInt();
            int province = in.readInt();
            Optional<Term.Link> now = in.readBoolean() ? Optional.of(link(in)) : Optional.empty();
            int mergedCount = count(in);
            List<Term.Link> merged = new ArrayList<>(mergedCount);
            for (int j = 0; j < mergedCount; j++) {
                merged.add(link(in));
            }
            int listed = count(in);
            List<Article> mine = new ArrayList<>(listed);
            for (int j = 0; j < listed; j++) {
                mine.add(articles.get(in.readInt()));
            }
            if (province < -1) {
                throw new IOException("a province the vocabulary does not have");
            }
            terms.add(new Term(config.name(), name, slug, termUrl, mine, own,
                    province < 0 ? Optional.empty() : Optional.of(provinces.get(province)), now, merged));
        }
        int values = count(in);
        Map<String, Term> byValue = new HashMap<>(values * 2);
        for (int i = 0; i < values; i++) {
            byValue.put(text(in), terms.get(in.readInt()));
        }
        int filed = count(in);
        Map<String, List<Term>> byArticle = new HashMap<>(filed * 2);
        for (int i = 0; i < filed; i++) {
            String article = articles.get(in.readInt()).url();
            int termCount = count(in);
            List<Term> its = new ArrayList<>(termCount);
            for (int j = 0; j < termCount; j++) {
                its.add(terms.get(in.readInt()));
            }
            byArticle.put(article, its);
        }
        return new Taxonomy(config, url, terms, byValue, byArticle);
    }

    private static Term.Link link(DataInput in) throws IOException {
        return new Term.Link(text(in), text(in));
    }

    private static Problem problem(DataInput in) throws IOException {
        Severity severity = Severity.values()[in.readByte()];
        SourcePosition where = SourcePosition.of(Path.of(text(in)), in.readInt(), in.readInt());
        String stage = text(in);
        Message text = message(in, 0);
        Optional<Path> page = in.readBoolean() ? Optional.of(Path.of(text(in))) : Optional.empty();
        return new Problem(severity, where, stage, text, page, in.readInt());
    }

    private static Message message(DataInput in, int depth) throws IOException {
        if (depth > 8) {
            throw new IOException("messages nested too deep");
        }
        String key = text(in);
        int count = count(in);
        List<Object> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte kind = in.readByte();
            args.add(switch (kind) {
                case TEXT -> text(in);
                case MESSAGE -> message(in, depth + 1);
                default -> throw new IOException("a message value of kind " + kind);
            });
        }
        return new Message(key, args);
    }

    private static <T> T known(Map<String, T> byName, String name) throws IOException {
        T found = byName.get(name);
        if (found == null) {
            throw new IOException("a file the build does not have: " + name);
        }
        return found;
    }

    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count);
        }
        return count;
    }

    private static void text(DataOutput out, String text) throws IOException {
        LongText.write(out, text);
    }

    private static String text(DataInput in) throws IOException {
        return LongText.read(in, MAX_TEXT);
    }
}
