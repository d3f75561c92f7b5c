package io.paperstream.ingest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
  * A deterministic corpus of parser inputs: the sample reports and crafted ones, each in many damaged or
  * re-encoded forms (line ends, charsets, cuts, lost and repeated entries, changed titles and headers, noise in
  * lines). Made to compare a parser change against the code before it: the same seed always gives the same bytes.
  */
final class ParserCorpus {
    /** One input: a name that says how it was made, its bytes, and the options to parse it with. */
    record Input(String name, byte[] bytes, ParserOptions options) {
    }

    private static final long SEED = 20261121L;
    private static final Pattern DECLARED_COUNT_LINE = Pattern.compile("(?m)^分析论文数量[:：].*$");
    private static final Pattern GENERATED_AT_LINE = Pattern.compile("(?m)^生成时间[:：].*$");
    /** Characters that matter to the line grammar: markup, field separators, digits, spaces, their full-width forms. */
    private static final String STRUCTURAL = "#*:：.．)、,-+|>`_ \t\u3000\u00A0１2３*:摘要机构作者数量Aa-";
    private static final String[] BANNERS = {
            "Under review as a conference paper at ICLR 2026 ", "Published as a conference paper at ICLR 2025 ",
            "Accepted as a workshop paper at the 39th Conference on Neural Information Processing Systems (NeurIPS 2025) ",
            "A PREPRINT ", "Preprint. Under review. ", "arXiv:2509.01234v2 [cs.CL] 3 Sep 2025 ", "**", "_", "`"};

    private final Random random = new Random(SEED);
    private final Consumer<Input> sink;

    private ParserCorpus(Consumer<Input> sink) {
        this.sink = sink;
    }

    /** Hands every input to {@code sink}, one at a time, so the corpus is never held in memory at once. */
    static void generate(Consumer<Input> sink) {
        new ParserCorpus(sink).generateAll();
    }

    private void generateAll() {
        List<String[]> bases = new ArrayList<>();
        for (String file : new String[] {SampleReports.FILE_000, SampleReports.FILE_001, SampleReports.FILE_002,
                SampleReports.FILE_003, SampleReports.FILE_004}) {
            bases.add(new String[] {file, SampleReports.text(file)});
        }
        bases.add(new String[] {"fullwidth-wrapped-report.md", resource("fullwidth-wrapped-report.md")});
        bases.add(new String[] {"crafted-noisy-titles", craftedReport()});
        for (String[] base : bases) {
            variants(base[0], base[1]);
        }
        nonReports();
    }

    private void variants(String name, String text) {
        emit(name, text);
        encodings(name, text);
        cuts(name, text);
        entryEdits(name, text);
        titleEdits(name, text);
        headerEdits(name, text);
        for (int seed = 0; seed < 4; seed++) {
            emit(name + " lines-deleted#" + seed, deleteLines(text, 0.05));
        }
        for (int seed = 0; seed < 12; seed++) {
            emit(name + " line-noise#" + seed, lineNoise(text, 0.04));
        }
        emit(name + " spaces-varied", varySpaces(text));
        emit(name + " full-width", text.replace(':', '：').replace(". ", "．").replace("1", "１").replace("2", "２"));
        emit(name + " indented", text.replace("\n", "\n  "));
        emit(name + " no-brief-heading", text.replace("## 论文技术简报", ""));
        emit(name + " english-sections", text.replace("## 论文技术简报", "## Briefs").replace("## 论文详细信息", "## Details"));
        emit(name + " unknown-section", text.replace("## 论文详细信息", "## 参考文献"));
        emit(name + " unnumbered", text.replaceAll("(?m)^### (\\d+)\\. ", "### "));
        emit(name + " bold-fields-plain", text.replace("**主要机构**", "主要机构").replace("**摘要**", "摘要"));
        emit(name + " placeholder", text.replaceFirst("(?m)^(### \\d+\\..*\\n\\n)[^#\\n][^\\n]*", "$1请提供论文的标题、主要机构和摘要信息。"));
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        for (int flips : new int[] {1, 5, 60}) {
            byte[] corrupted = utf8.clone();
            for (int i = 0; i < flips; i++) {
                corrupted[random.nextInt(corrupted.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            emit(name + " corrupted-bytes-" + flips, corrupted, ParserOptions.defaults());
        }
        emit(name + " max-line-200", utf8, ParserOptions.defaults().withMaxLineLength(200));
        emit(name + " max-field-300", utf8, ParserOptions.defaults().withMaxFieldLength(300));
        emit(name + " prefix-16", utf8, new ParserOptions(ParserOptions.DEFAULT_MAX_LINE_LENGTH, ParserOptions.DEFAULT_MAX_FIELD_LENGTH, 16));
        emit(name + " prefix-1001", utf8, new ParserOptions(ParserOptions.DEFAULT_MAX_LINE_LENGTH, ParserOptions.DEFAULT_MAX_FIELD_LENGTH, 1001));
    }

    private void encodings(String name, String text) {
        emit(name + " crlf", text.replace("\n", "\r\n"));
        emit(name + " cr", text.replace("\n", "\r"));
        emit(name + " mixed-line-ends", mixLineEnds(text));
        emit(name + " utf8-bom", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)),
                ParserOptions.defaults());
        emit(name + " gb18030", text.getBytes(ReportDecoder.GB18030), ParserOptions.defaults());
        emit(name + " gb18030-crlf", text.replace("\n", "\r\n").getBytes(ReportDecoder.GB18030), ParserOptions.defaults());
        emit(name + " gbk", text.getBytes(Charset.forName("GBK")), ParserOptions.defaults());
        emit(name + " utf16le-bom", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                ParserOptions.defaults());
        emit(name + " utf16be-bom", text.getBytes(StandardCharsets.UTF_16), ParserOptions.defaults());
        emit(name + " utf16le-no-bom", text.getBytes(StandardCharsets.UTF_16LE), ParserOptions.defaults());
    }

    private void cuts(String name, String text) {
        int[] points = new int[24];
        for (int i = 0; i < 16; i++) {
            points[i] = (int) ((long) text.length() * (i + 1) / 17);
        }
        for (int i = 16; i < points.length; i++) {
            points[i] = random.nextInt(text.length());
        }
        for (int point : points) {
            emit(name + " cut@" + point, text.substring(0, point));
        }
        int from = 0;
        for (int i = 0; i < 6; i++) {
            int heading = text.indexOf("### ", from + 1);
            if (heading < 0) {
                break;
            }
            from = text.indexOf("### ", heading + text.length() / 7);
            if (from < 0) {
                break;
            }
            emit(name + " cut-in-heading@" + (from + 9), text.substring(0, Math.min(text.length(), from + 9)));
            emit(name + " cut-before-heading@" + from, text.substring(0, from));
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] gb = text.getBytes(ReportDecoder.GB18030);
        for (int i = 0; i < 8; i++) {
            int point = random.nextInt(utf8.length);
            emit(name + " utf8-byte-cut@" + point, Arrays.copyOf(utf8, point), ParserOptions.defaults());
            int gbPoint = random.nextInt(gb.length);
            emit(name + " gb18030-byte-cut@" + gbPoint, Arrays.copyOf(gb, gbPoint), ParserOptions.defaults());
        }
    }

    /** Entries as blocks of lines from one "### " heading to the next heading. */
    private void entryEdits(String name, String text) {
        List<String> blocks = blocks(text);
        if (blocks.size() < 3) {
            return;
        }
        for (int seed = 0; seed < 3; seed++) {
            List<String> copy = new ArrayList<>(blocks);
            int i = 1 + random.nextInt(copy.size() - 1);
            copy.add(i, copy.get(i));
            emit(name + " entry-duplicated#" + seed, String.join("", copy));
            copy = new ArrayList<>(blocks);
            copy.remove(1 + random.nextInt(copy.size() - 1));
            emit(name + " entry-removed#" + seed, String.join("", copy));
            copy = new ArrayList<>(blocks);
            int j = 1 + random.nextInt(copy.size() - 2);
            copy.set(j, blocks.get(j + 1));
            copy.set(j + 1, blocks.get(j));
            emit(name + " entries-swapped#" + seed, String.join("", copy));
            copy = new ArrayList<>(blocks);
            int k = 1 + random.nextInt(copy.size() - 1);
            copy.set(k, copy.get(k).replaceFirst("^### \\d+", "### " + (1 + random.nextInt(40))));
            emit(name + " entry-renumbered#" + seed, String.join("", copy));
        }
        List<String> reversed = new ArrayList<>(blocks.subList(1, blocks.size()));
        java.util.Collections.reverse(reversed);
        reversed.add(0, blocks.get(0));
        emit(name + " entries-reversed", String.join("", reversed));
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher heading = Pattern.compile("(?m)^#{1,3} ").matcher(text);
        int start = 0;
        while (heading.find()) {
            if (heading.start() > start) {
                blocks.add(text.substring(start, heading.start()));
                start = heading.start();
            }
        }
        blocks.add(text.substring(start));
        return blocks;
    }

    private void titleEdits(String name, String text) {
        emit(name + " titles-upper", mapTitles(text, t -> t.toUpperCase(Locale.ROOT)));
        emit(name + " titles-lower", mapTitles(text, t -> t.toLowerCase(Locale.ROOT)));
        emit(name + " titles-hyphenated", mapTitles(text, this::hyphenateWords));
        emit(name + " titles-upper-hyphenated", mapTitles(text, t -> hyphenateWords(t.toUpperCase(Locale.ROOT))));
        emit(name + " titles-bannered", mapTitles(text, t -> BANNERS[random.nextInt(BANNERS.length)] + t));
        emit(name + " titles-repeated", mapTitles(text, t -> t + " " + t.toUpperCase(Locale.ROOT)));
        emit(name + " titles-wrapped", mapTitles(text, t -> t.replaceFirst(" (\\S+ \\S+)$", "\n$1")));
        emit(name + " titles-emptied", mapTitles(text, t -> random.nextInt(4) == 0 ? "" : t));
    }

    private String mapTitles(String text, java.util.function.UnaryOperator<String> change) {
        Matcher title = Pattern.compile("(?m)^(### \\S+ )(.*)$").matcher(text);
        StringBuilder out = new StringBuilder();
        while (title.find()) {
            title.appendReplacement(out, Matcher.quoteReplacement(title.group(1) + change.apply(title.group(2))));
        }
        title.appendTail(out);
        return out.toString();
    }

    /** Breaks some longer words with a hyphen, as PDF line breaks do ("QUANTIZA-TION", "IN-FERENCE"). */
    private String hyphenateWords(String title) {
        Matcher word = Pattern.compile("[A-Za-z]{5,}").matcher(title);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String w = word.group();
            String replacement = w;
            if (random.nextInt(3) == 0) {
                int at = random.nextBoolean() ? 2 + random.nextInt(2) : w.length() - 2 - random.nextInt(3);
                replacement = w.substring(0, at) + "-" + w.substring(at);
            }
            word.appendReplacement(out, replacement);
        }
        word.appendTail(out);
        return out.toString();
    }

    private void headerEdits(String name, String text) {
        for (String count : new String[] {"0篇", "999篇", "abc", "１２篇", "", "3 papers", "  7  "}) {
            emit(name + " declared-count=" + count, DECLARED_COUNT_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("分析论文数量: " + count)));
        }
        emit(name + " no-declared-count", DECLARED_COUNT_LINE.matcher(text).replaceFirst(""));
        for (String time : new String[] {"yesterday", "2025年9月16日 18时28分", "2025/13/40 25:61", "２０２５-０９-１６Ｔ０８：３０"}) {
            emit(name + " generated-at=" + time, GENERATED_AT_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("生成时间：" + time)));
        }
        emit(name + " no-header", GENERATED_AT_LINE.matcher(DECLARED_COUNT_LINE.matcher(text).replaceFirst("")).replaceFirst(""));
    }

    private String deleteLines(String text, double share) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (random.nextDouble() >= share) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** Inserts, replaces or deletes characters of the line grammar at random places in some lines. */
    private String lineNoise(String text, double share) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            StringBuilder line = new StringBuilder(lines[i]);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = line.length() == 0 ? 0 : random.nextInt(Math.min(line.length(), 12) + 1);
                char c = STRUCTURAL.charAt(random.nextInt(STRUCTURAL.length()));
                switch (random.nextInt(3)) {
                    case 0 -> line.insert(at, c);
                    case 1 -> {
                        if (at < line.length()) {
                            line.setCharAt(at, c);
                        }
                    }
                    default -> {
                        if (at < line.length()) {
                            line.deleteCharAt(at);
                        }
                    }
                }
            }
            lines[i] = line.toString();
        }
        return String.join("\n", lines);
    }

    private String varySpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String spaces = " \t\u3000\u00A0\u2007\u202F\u200B  ";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == ' ' && random.nextInt(5) == 0 ? spaces.charAt(random.nextInt(spaces.length())) : c);
            if (c == '\n' && random.nextInt(20) == 0) {
                out.append("\u3000 ");
            }
        }
        return out.toString();
    }

    private String mixLineEnds(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c == '\n' ? ends[random.nextInt(ends.length)] : String.valueOf(c));
        }
        return out.toString();
    }

    /** Titles with every kind of noise the title cleaner knows, and text that decides hyphens one way or the other. */
    private static String craftedReport() {
        String[] titles = {
                "Under review as a conference paper at ICLR 2026 SPARSE MIXERS FOR LLMS",
                "Published as a conference paper at ICLR 2025 Token Merging Revisited",
                "Accepted as a workshop paper at the 39th Conference on Neural Information Processing Systems (NeurIPS 2025) Lean KV",
                "GRAPH PRUNING WITH REINFORCEMENT LEARNING A PREPRINT",
                "Pruned Transformers - Preprint",
                "arXiv:2509.01234v2 [cs.CL] 3 Sep 2025 Faster Speculative Decoding",
                "**Fast** _Sparse_ `Attention` [link](http://x.y)",
                "Ｑｕａｎｔ：Full-Width Title",
                "VideoNSA: Native Sparse Attention VIDEONSA: NATIVE SPARSE ATTENTION",
                "LOW-BIT KV CACHE QUANTIZA-TION Low-bit KV Cache Quantization",
                "EFFICIENT IN-FERENCE WITH TRACES TAI-LORED FOR SMALL MODELS",
                "CROSS-CORPUS SPEECH WITH DEPRESSION-INSPIRED PRIORS",
                "LOW-RANK CO-DESIGN FOR SA-UNETV2 AND X-RAY",
                "ERROR MITIGATION STRATE-GIES",
                "Spec-LLaVA: Mixed-precision Weight-Only Quantization",
                "Attention Attention",
                "N/A",
                "",
        };
        ReportText report = ReportText.report();
        for (int i = 0; i < titles.length; i++) {
            report.brief(i + 1, titles[i], "研究团队发布了论文，使用in-ference与inference技术，tailored为小模型，crosscorpus与low-rank量化。");
            report.details(i + 1, titles[i], "Lab " + i, (i % 5) + "人",
                    "We speed up inference and the design tailored to small models; a crosscorpus study with "
                            + "depression-inspired priors, low-rank co-design, quantization and strategies.");
        }
        report.brief(40, "Only A Brief", "Please provide the paper's title, institutions and abstract.");
        report.details(41, "Only Details", "", "", "");
        return report.build();
    }

    private void nonReports() {
        emit("empty", new byte[0], ParserOptions.defaults());
        emit("blank", " \n\r\n\t \n");
        emit("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                ParserOptions.defaults());
        emit("nul-in-text", "# 报告\n生成时间: 2025-09-16\n\0\0 more\n");
        emit("unrelated-readme", resource("unrelated-readme.md"));
        emit("prose", "Just some prose.\nWith two lines and no report structure at all.\n");
        emit("long-line", "x".repeat(70_000));
        byte[] noise = new byte[4000];
        random.nextBytes(noise);
        emit("random-bytes", noise, ParserOptions.defaults());
        StringBuilder controls = new StringBuilder("生成时间: 2025-09-16\n");
        for (int i = 0; i < 200; i++) {
            controls.append((char) (1 + random.nextInt(30)));
        }
        emit("control-characters", controls.toString());
    }

    private void emit(String name, String text) {
        emit(name, text.getBytes(StandardCharsets.UTF_8), ParserOptions.defaults());
    }

    private void emit(String name, byte[] bytes, ParserOptions options) {
        sink.accept(new Input(name, bytes, options));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(ParserCorpus.class.getResourceAsStream("/reports/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
