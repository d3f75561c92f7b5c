package io.paperstream.ingest.report;

import java.util.ArrayList;
import java.util.List;

/** Builds crafted report text: a header, a brief section and a details section, each optional. */
final class ReportText {
    private String generatedAt = "2025-09-16 18:28:13";
    private String declaredCount;
    private final List<String> briefs = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private boolean detailsSection = true;
    private boolean countLine = true;

    static ReportText report() {
        return new ReportText();
    }

    ReportText generatedAt(String value) {
        generatedAt = value;
        return this;
    }

    ReportText declaredCount(String value) {
        declaredCount = value;
        return this;
    }

    ReportText brief(int number, String title, String text) {
        briefs.add("### " + number + ". " + title + "\n\n" + text + "\n");
        return this;
    }

    ReportText details(int number, String title, String institutions, String authors, String abstractText) {
        details.add("### " + number + ". " + title + "\n\n**主要机构**: " + institutions + "\n**作者数量**: " + authors
                + "\n\n**摘要**:\n" + abstractText + "\n");
        return this;
    }

    /** A paper with both a brief and details; text derived from the title so every entry has content. */
    ReportText paper(int number, String title) {
        return brief(number, title, "研究团队发布了" + title + "论文，解决了推理延迟问题。")
                .details(number, title, "Institute " + number, (number % 9 + 1) + "人",
                        "We study " + title + " and report faster inference.");
    }

    ReportText withoutHeaderFields() {
        generatedAt = null;
        countLine = false;
        return this;
    }

    ReportText withoutDetailsSection() {
        detailsSection = false;
        return this;
    }

    String build() {
        StringBuilder text = new StringBuilder("# AI推理加速技术论文分析报告\n");
        if (generatedAt != null) {
            text.append("生成时间: ").append(generatedAt).append('\n');
        }
        if (countLine) {
            text.append("分析论文数量: ").append(declaredCount != null ? declaredCount : briefs.size() + "篇").append('\n');
        }
        text.append('\n');
        text.append("## 论文技术简报\n\n");
        briefs.forEach(b -> text.append(b).append('\n'));
        if (detailsSection) {
            text.append("## 论文详细信息\n\n");
            details.forEach(d -> text.append(d).append('\n'));
        }
        return text.toString();
    }
}
