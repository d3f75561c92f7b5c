package io.paperstream.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes reports in the real format (header with 生成时间 and 分析论文数量, a 论文技术简报 section of
 * {@code ### N. Title} + Chinese brief, a 论文详细信息 section with 主要机构, 作者数量 and 摘要) with the messiness
 * of real ones: placeholder and empty entries, venue banners, doubled titles, hyphen-broken words, Chinese and
 * English institutions, claims with ×/倍/x, ranges and full-width digits, the odd CRLF file and wrong count.
 *
 * <p>Reproducible: the same options give the same bytes. Every valid paper has a unique title: it starts with an
 * eight-letter acronym that is a bijection of the paper's number, so ids never collide. Memory is bounded by one
 * report; files are streamed to disk with their SHA-256 computed on the way (the report id ingest will give).
 *
 * <pre>java -cp … io.paperstream.bench.ReportGenerator --papers 100000 --reports 3000 --seed 42 --out DIR</pre>
 */
public final class ReportGenerator {

    /** What to write. {@code firstPaper} numbers the papers, so two corpora with disjoint ranges never share a title. */
    public record Options(int papers, int reports, long seed, double brokenRate, long firstPaper, String filePrefix) {
        public Options {
            if (papers < 0 || reports < 1) {
                throw new IllegalArgumentException("need papers >= 0 and reports >= 1");
            }
            if (firstPaper < 0 || firstPaper + papers > CODE_SPACE) {
                throw new IllegalArgumentException("paper numbers must stay below " + CODE_SPACE);
            }
        }

        public static Options of(int papers, int reports, long seed) {
            return new Options(papers, reports, seed, DEFAULT_BROKEN_RATE, 0, "bench-");
        }

        /** About 30 papers per report, as in the samples. */
        public static int defaultReports(int papers) {
            return Math.max(1, (papers + 29) / 30);
        }
    }

    /** One written file: what ingest should make of it. */
    public record GeneratedReport(String file, String reportId, int papers, int rejectedEntries, long bytes) {
    }

    /** Everything written, in file order. */
    public record Corpus(Path dir, List<GeneratedReport> reports) {
        public int papers() {
            return reports.stream().mapToInt(GeneratedReport::papers).sum();
        }

        public int rejectedEntries() {
            return reports.stream().mapToInt(GeneratedReport::rejectedEntries).sum();
        }

        public long bytes() {
            return reports.stream().mapToLong(GeneratedReport::bytes).sum();
        }
    }

    public static final double DEFAULT_BROKEN_RATE = 0.015;
    public static final String MANIFEST = "manifest.tsv";

    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
    private static final int CODE_SYLLABLES = 4;
    static final long CODE_SPACE = (long) Math.pow(SYLLABLES, CODE_SYLLABLES);
    /** Prime, so it shares no factor with CODE_SPACE (2^4·5^4·7^4): n → n·M + offset is a permutation. */
    private static final long CODE_MULTIPLIER = 982_451_653L;
    private static final String[] BREAKABLE_ENDINGS = {"ATION", "TION", "ING", "ENCE", "MENT"};
    private static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime EPOCH = LocalDateTime.of(2025, 1, 1, 0, 0);

    private final Options options;
    private final Fragments words;
    private final Random random;
    private final long codeOffset;

    public ReportGenerator(Options options) {
        this(options, Fragments.load());
    }

    ReportGenerator(Options options, Fragments words) {
        this.options = options;
        this.words = words;
        this.random = new Random(options.seed());
        this.codeOffset = Math.floorMod(options.seed() * 0x9E3779B97F4A7C15L, CODE_SPACE);
    }

    public static void main(String[] args) throws IOException {
        Integer papers = null;
        Integer reports = null;
        long seed = 42;
        Path out = null;
        double broken = DEFAULT_BROKEN_RATE;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--papers" -> papers = Integer.parseInt(require(args[i], value));
                case "--reports" -> reports = Integer.parseInt(require(args[i], value));
                case "--seed" -> seed = Long.parseLong(require(args[i], value));
                case "--out" -> out = Path.of(require(args[i], value));
                case "--broken-rate" -> broken = Double.parseDouble(require(args[i], value));
                case "-h", "--help" -> {
                    System.out.println("Usage: ReportGenerator --papers N [--reports N] [--seed S] [--broken-rate R] --out DIR");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (see --help)");
            }
            i++;
        }
        if (papers == null || out == null) {
            throw new IllegalArgumentException("--papers and --out are required (see --help)");
        }
        int reportCount = reports != null ? reports : Options.defaultReports(papers);
        Corpus corpus = new ReportGenerator(new Options(papers, reportCount, seed, broken, 0, "bench-")).write(out);
        System.out.printf("wrote %d reports (%d papers, %d broken entries, %.1f MB) to %s%n", corpus.reports().size(),
                corpus.papers(), corpus.rejectedEntries(), corpus.bytes() / 1e6, out.toAbsolutePath());
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** Writes every report and {@code manifest.tsv} (file, report id, papers, rejected entries, bytes) into {@code dir}. */
    public Corpus write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<GeneratedReport> written = new ArrayList<>(options.reports());
        long nextPaper = options.firstPaper();
        int base = options.papers() / options.reports();
        int extra = options.papers() % options.reports();
        int carry = 0;
        for (int r = 0; r < options.reports(); r++) {
            int size = base + (r < extra ? 1 : 0);
            // sizes vary like real reports (pairs of reports trade papers), yet always sum to the total
            if (r % 2 == 0 && r + 1 < options.reports() && base >= 10) {
                carry = random.nextInt(base / 3 + 1);
                size += carry;
            } else {
                size -= carry;
                carry = 0;
            }
            String file = String.format(Locale.ROOT, "%s%06d.txt", options.filePrefix(), r);
            written.add(writeReport(dir.resolve(file), nextPaper, size));
            nextPaper += size;
        }
        writeManifest(dir.resolve(MANIFEST), written);
        return new Corpus(dir, List.copyOf(written));
    }

    private GeneratedReport writeReport(Path file, long firstPaper, int papers) throws IOException {
        List<Entry> entries = new ArrayList<>(papers + 4);
        int rejected = 0;
        for (int i = 0; i < papers; i++) {
            if (random.nextDouble() < options.brokenRate()) {
                entries.add(brokenEntry());
                rejected++;
            }
            entries.add(paper(firstPaper + i));
        }
        String eol = random.nextInt(20) == 0 ? "\r\n" : "\n";
        int declared = random.nextInt(33) == 0 ? entries.size() + 1 + random.nextInt(3) : entries.size();
        String generatedAt = EPOCH.plusSeconds(random.nextInt(300 * 86_400)).format(GENERATED_AT);

        MessageDigest sha256 = sha256();
        CountingStream counted = new CountingStream(Files.newOutputStream(file));
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(counted, sha256),
                StandardCharsets.UTF_8), 1 << 16)) {
            line(out, eol, "# AI推理加速技术论文分析报告");
            line(out, eol, "生成时间: " + generatedAt);
            line(out, eol, "分析论文数量: " + declared + "篇");
            line(out, eol, "");
            line(out, eol, "## 论文技术简报");
            line(out, eol, "");
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                line(out, eol, "### " + (i + 1) + ". " + e.rawTitle);
                line(out, eol, "");
                if (!e.brief.isEmpty()) {
                    line(out, eol, e.brief);
                    line(out, eol, "");
                }
            }
            line(out, eol, "## 论文详细信息");
            line(out, eol, "");
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                line(out, eol, "### " + (i + 1) + ". " + e.rawTitle);
                line(out, eol, "");
                line(out, eol, "**主要机构**: " + e.institutions);
                line(out, eol, "**作者数量**: " + e.authors + "人");
                line(out, eol, "");
                line(out, eol, "**摘要**:");
                line(out, eol, e.abstractText);
                line(out, eol, "");
            }
        }
        String reportId = HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        return new GeneratedReport(file.getFileName().toString(), reportId, papers, rejected, counted.count);
    }

    private record Entry(String rawTitle, String brief, String institutions, String authors, String abstractText) {
    }

    private Entry paper(long number) {
        String code = code(number);
        Filler fill = new Filler(code);
        String title = fill.apply(words.pick("title", random));
        String rawTitle = noisyTitle(title);
        String brief = brief(code, title, fill);
        int authors = 1 + random.nextInt(16);
        String authorText = random.nextInt(20) == 0 ? fullWidth(Integer.toString(authors)) : Integer.toString(authors);
        return new Entry(rawTitle, brief, detailInstitutions(), authorText, abstractText(fill));
    }

    /** Half placeholder entries (no title, a request for input instead of text), half titled entries with no text. */
    private Entry brokenEntry() {
        if (random.nextBoolean()) {
            return new Entry("", words.pick("placeholder", random), "", "0", "");
        }
        String title = new Filler(code(random.nextLong(CODE_SPACE))).apply(words.pick("title", random));
        return new Entry(title, "", random.nextBoolean() ? "" : words.pick("institution-en", random),
                Integer.toString(1 + random.nextInt(9)), "");
    }

    private String noisyTitle(String title) {
        int roll = random.nextInt(100);
        if (roll < 10) {
            return words.pick("banner-lead", random) + " " + title;
        }
        if (roll < 15) {
            return title + " " + words.pick("banner-trail", random);
        }
        if (roll < 23) {
            return title + " " + title.toUpperCase(Locale.ROOT);
        }
        if (roll < 33) {
            return breakOneWord(title.toUpperCase(Locale.ROOT));
        }
        if (roll < 40) {
            return title.toUpperCase(Locale.ROOT);
        }
        return title;
    }

    /** "QUANTIZATION" → "QUANTIZA-TION", as PDF extraction leaves words split at a line end. */
    private String breakOneWord(String upperTitle) {
        String[] parts = upperTitle.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() >= 7 && parts[i].chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                for (String ending : BREAKABLE_ENDINGS) {
                    if (parts[i].endsWith(ending)) {
                        candidates.add(i);
                        break;
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return upperTitle;
        }
        int i = candidates.get(random.nextInt(candidates.size()));
        for (String ending : BREAKABLE_ENDINGS) {
            if (parts[i].endsWith(ending) && parts[i].length() - ending.length() >= 3) {
                parts[i] = parts[i].substring(0, parts[i].length() - ending.length()) + "-" + ending;
                break;
            }
        }
        return String.join(" ", parts);
    }

    private String brief(String code, String title, Filler fill) {
        StringBuilder b = new StringBuilder(256);
        int opener = random.nextInt(10);
        if (opener < 5) {
            b.append(words.pick("institution-zh", random));
            if (random.nextInt(3) == 0) {
                b.append('、').append(words.pick("institution-zh", random));
            }
        } else if (opener < 7) {
            b.append(words.pick("institution-en", random));
        } else if (opener < 9) {
            b.append(words.pick("team-zh", random));
        }
        if (opener < 9) {
            b.append("发布了").append(random.nextBoolean() ? "《" + title + "》" : code).append("论文，");
        }
        b.append("使用").append(words.pick("method-zh", random)).append("技术（").append(code).append("框架），解决了")
                .append(words.pick("problem-zh", random)).append("，达成了");
        int claims = random.nextInt(7) == 0 ? 0 : 1 + random.nextInt(2);
        if (claims == 0) {
            b.append(words.pick("effect-zh", random));
        }
        for (int i = 0; i < claims; i++) {
            b.append(i > 0 ? "，" : "").append(fill.apply(words.pick("claim-zh", random)));
        }
        b.append("的效果");
        if (random.nextInt(4) != 0) {
            b.append('。');
        }
        return b.toString();
    }

    private String detailInstitutions() {
        int roll = random.nextInt(4);
        if (roll == 0) {
            return "";
        }
        int count = 1 + random.nextInt(4);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(roll == 1 && random.nextBoolean() ? words.pick("institution-zh", random) : words.pick("institution-en", random));
        }
        return String.join(", ", names);
    }

    private String abstractText(Filler fill) {
        List<String> sentences = words.list("abstract");
        int count = 4 + random.nextInt(4);
        int start = random.nextInt(sentences.size());
        StringBuilder b = new StringBuilder(1024);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(fill.apply(sentences.get((start + i * 5) % sentences.size())));
        }
        return b.toString();
    }

    /** Eight letters, a bijection of the paper number (for this seed): "Kavorusa". */
    static String code(long number, long offset) {
        long n = Math.floorMod(number * CODE_MULTIPLIER + offset, CODE_SPACE);
        StringBuilder code = new StringBuilder(CODE_SYLLABLES * 2);
        for (int i = 0; i < CODE_SYLLABLES; i++) {
            int syllable = (int) (n % SYLLABLES);
            n /= SYLLABLES;
            code.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        code.setCharAt(0, Character.toUpperCase(code.charAt(0)));
        return code.toString();
    }

    private String code(long number) {
        String code = code(number, codeOffset);
        return random.nextInt(5) == 0 ? code.toUpperCase(Locale.ROOT) : code;
    }

    /** Fills one paper's placeholders; numbers are drawn fresh at each use. */
    private final class Filler {
        private final String code;
        private final String method;
        private final String method2;
        private final String target;
        private final String model;

        Filler(String code) {
            this.code = code;
            this.method = words.pick("method", random);
            String other = words.pick("method", random);
            this.method2 = other.equals(method) ? words.pick("method", random) : other;
            this.target = words.pick("target", random);
            this.model = words.pick("model", random);
        }

        String apply(String template) {
            if (template.indexOf('{') < 0) {
                return template;
            }
            StringBuilder out = new StringBuilder(template.length() + 64);
            double x = 1.2 + random.nextInt(110) / 10.0;
            int p = 5 + random.nextInt(90);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int close = c == '{' ? template.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                String name = template.substring(i + 1, close);
                out.append(switch (name) {
                    case "code" -> code;
                    case "method" -> method;
                    case "method2" -> method2;
                    case "target" -> target;
                    case "model" -> model;
                    case "verb", "verb2", "adjective" -> words.pick(name, random);
                    case "x" -> decimal(x);
                    case "x2" -> decimal(x + 0.3 + random.nextInt(30) / 10.0);
                    case "X" -> fullWidth(decimal(x));
                    case "p" -> Integer.toString(p);
                    case "p2" -> Integer.toString(Math.min(99, p + 1 + random.nextInt(20)));
                    case "P" -> fullWidth(Integer.toString(p));
                    case "s" -> decimal(0.1 + random.nextInt(20) / 10.0);
                    default -> throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + template);
                });
                i = close + 1;
            }
            return out.toString();
        }
    }

    private static String decimal(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return out.toString();
    }

    private static void line(Writer out, String eol, String text) throws IOException {
        out.write(text);
        out.write(eol);
    }

    private static void writeManifest(Path file, List<GeneratedReport> reports) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("file\treport\tpapers\trejected\tbytes\n");
            for (GeneratedReport r : reports) {
                out.write(r.file() + "\t" + r.reportId() + "\t" + r.papers() + "\t" + r.rejectedEntries() + "\t" + r.bytes() + "\n");
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingStream extends OutputStream {
        private final OutputStream out;
        long count;

        CountingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
