package io.paperstream.ingest.report;

import java.nio.charset.Charset;

/**
  * A report shaped like the samples, of any size: a brief section and a details section with one
  * ~1,500-character abstract per entry; every third title carries a venue banner and a line-break hyphen.
  */
final class SyntheticReport {
    private static final String ABSTRACT = ("We propose a speculative decoding scheme for vision-language models that "
            + "compresses visual tokens and distills the draft model online, reaching 2.5x end-to-end speedups. ").repeat(8);

    private SyntheticReport() {
    }

    static byte[] bytes(int entries, Charset charset) {
        StringBuilder text = new StringBuilder("# AI推理加速技术论文分析报告\n生成时间: 2025-09-16 18:28:13\n分析论文数量: ")
                .append(entries).append("篇\n\n## 论文技术简报\n\n");
        for (int i = 1; i <= entries; i++) {
            text.append("### ").append(i).append(". ").append(title(i)).append("\n\n")
                    .append("研究团队发布了论文，使用推测解码与视觉令牌压缩技术，解决了预填充阶段的内存膨胀问题，达成了2.5倍加速。\n\n");
        }
        text.append("## 论文详细信息\n\n");
        for (int i = 1; i <= entries; i++) {
            text.append("### ").append(i).append(". ").append(title(i)).append("\n\n**主要机构**: Institute ").append(i)
                    .append("\n**作者数量**: ").append(i % 12 + 1).append("人\n\n**摘要**:\n").append(ABSTRACT).append("\n\n");
        }
        return text.toString().getBytes(charset);
    }

    private static String title(int i) {
        return i % 3 == 0
                ? "Under review as a conference paper at ICLR 2026 SPECVLM " + i + ": FAST SPECULATIVE DECODING QUANTIZA-TION"
                : "SpecVLM " + i + ": Fast Speculative Decoding in Vision-Language Models";
    }
}
