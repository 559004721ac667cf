package vn.gazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Writes a deterministic synthetic archive for the benchmark:
 *
 * <pre>java -cp gazette-bench.jar vn.gazette.bench.CorpusGenerator N OUTDIR [--seed 1] [--images]</pre>
 *
 * <p>OUTDIR/site.yaml, N articles at OUTDIR/articles/YYYY/MM/&lt;slug&gt;.md dated 2015 to 2025 (about 30% report a
 * conference; with {@code --images}, every third has a photo-like JPEG of 2000×1333 pixels as its lead image, in a
 * folder beside it), and OUTDIR/corpus.json with the counts. The same N and seed give byte-identical files. The
 * province names are those of the project's content/provinces.yaml; copy that file into OUTDIR to have Gazette
 * check them.
 */
public final class CorpusGenerator {

    static final String SITE_YAML = """
            title: "Lưu trữ tin biên giới (corpus thử nghiệm)"
            description: "Kho bài viết tổng hợp để đo tốc độ dựng trang."
            baseUrl: "https://bench.example.gov.vn/"
            language: vi
            timeZone: Asia/Ho_Chi_Minh
            exclude: ["corpus.json"]
            """;

    /** The counts written to corpus.json. */
    public record Summary(int articles, int conferenceArticles, int tags, int provinces, int years,
            double meanBodyWords, long seed) {

        String json() {
            return String.format(Locale.ROOT, """
                    {
                      "articles": %d,
                      "conferenceArticles": %d,
                      "tags": %d,
                      "provinces": %d,
                      "years": %d,
                      "meanBodyWords": %.1f,
                      "seed": %d
                    }
                    """, articles, conferenceArticles, tags, provinces, years, meanBodyWords, seed);
        }
    }

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long seed = 1;
        boolean images = false;
        List<String> positional = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length && args[i + 1].matches("-?[0-9]+")) {
                seed = Long.parseLong(args[++i]);
            } else if (args[i].equals("--images")) {
                images = true;
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() != 2 || !positional.get(0).matches("[0-9]{1,9}")) {
            System.err.println("usage: CorpusGenerator N OUTDIR [--seed 1] [--images]");
            System.exit(2);
        }
        int count = Integer.parseInt(positional.get(0));
        Path out = Path.of(positional.get(1));
        long started = System.nanoTime();
        Summary summary = generate(count, out, seed, images);
        System.out.printf(Locale.ROOT, "Wrote %d articles into %s in %.1f s.%n", summary.articles(), out,
                (System.nanoTime() - started) / 1e9);
        System.out.print(summary.json());
    }

    /** Writes the corpus without images into {@code out}. */
    public static Summary generate(int count, Path out, long seed) throws IOException {
        return generate(count, out, seed, false);
    }

    /**
     * Writes the corpus into {@code out} (created if needed; existing files of the same names are replaced).
     *
     * @param images whether every third article gets a photo-like JPEG as its lead image
     */
    public static Summary generate(int count, Path out, long seed, boolean images) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count " + count);
        }
        List<Plan.Item> plan = Plan.make(count, seed);
        Files.createDirectories(out);
        Files.writeString(out.resolve("site.yaml"), SITE_YAML, StandardCharsets.UTF_8);
        for (String folder : new TreeSet<>(plan.stream().map(i -> i.file().substring(0, i.file().lastIndexOf('/'))).toList())) {
            Files.createDirectories(out.resolve(folder));
        }
        ArticleWriter writer = new ArticleWriter(plan, seed);
        int[] words = new int[count];
        try {
            IntStream.range(0, count).parallel().forEach(i -> {
                Plan.Item item = plan.get(i);
                ArticleWriter.Text text = writer.write(item);
                words[i] = text.bodyWords();
                try {
                    String markdown = text.text();
                    if (images && i % 3 == 0) {
                        String folder = item.file().substring(0, item.file().length() - ".md".length());
                        Files.createDirectories(out.resolve(folder));
                        BenchPhotos.write(out.resolve(folder).resolve("anh.jpg"), seed * 1_000_003L + i);
                        markdown = markdown.replaceFirst("\ndate: ", "\nimage: {src: anh.jpg, alt: \"Ảnh minh họa "
                                + (i + 1) + "\"}\ndate: ");
                    }
                    Files.writeString(out.resolve(item.file()), markdown, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        long totalWords = 0;
        for (int w : words) {
            totalWords += w;
        }
        Summary summary = new Summary(count, (int) plan.stream().filter(i -> i.kind() != null).count(),
                (int) plan.stream().flatMap(i -> i.tags().stream()).distinct().count(),
                (int) plan.stream().map(Plan.Item::province).distinct().count(),
                (int) plan.stream().map(i -> i.day().getYear()).distinct().count(),
                count == 0 ? 0 : Math.round(10.0 * totalWords / count) / 10.0, seed);
        Files.writeString(out.resolve("corpus.json"), summary.json(), StandardCharsets.UTF_8);
        return summary;
    }
}
