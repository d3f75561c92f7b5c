package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderDetectorTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "请提供论文的标题、主要机构和摘要信息，以便生成技术简报。",
            "请您提供论文摘要。",
            "抱歉，无法生成该论文的技术简报。",
            "Please provide the title and abstract of the paper.",
            "I'm sorry, but I cannot generate a brief without the abstract.",
            "N/A",
            "暂无摘要",
            "无"})
    void recognisesRequestsRefusalsAndStandIns(String text) {
        assertThat(PlaceholderDetector.isPlaceholder(text)).isTrue();
        assertThat(PlaceholderDetector.lacksContent(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "东南大学发布了论文，解决了教师模型未考虑同一类内多样表示导致软标签类内信息不足的问题。",
            "We propose a pruning method; code is not available yet but results are strong.",
            "A survey that asks practitioners to please provide feedback on their deployments of quantized models in production, "
                    + "covering three hundred organisations across many industries, with detailed statistics on latency, memory and cost."})
    void leavesRealContentAlone(String text) {
        assertThat(PlaceholderDetector.isPlaceholder(text)).isFalse();
        assertThat(PlaceholderDetector.lacksContent(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "请给出论文摘要", "无法分析该论文", "未提供论文信息", "PLEASE SHARE the abstract", "We are unable to provide a summary.",
            "The model is not able to analyse this.", "Cannot analyze the paper.", "I can't generate this.", "Im sorry.",
            "As an AI language model, I have no access.", "No abstract available.", "Information was not given.",
            "\u0130'M SORRY", "plea\u017Fe provide the title", "untitled.", "ＵＮＫＮＯＷＮ"})
    void recognisesEveryKindOfInstructionAndStandIn(String text) {
        assertThat(PlaceholderDetector.isPlaceholder(text)).isTrue();
    }

    @Test
    void givesTheAnswerTheFullUnicodeCaseInsensitivePatternGives() {
        // the patterns as they were before the anchor pre-check, applied as they were, are the reference
        Pattern instruction = Pattern.compile(
                "请(?:您)?(?:提供|给出|补充|上传|输入|发送)|无法(?:生成|提供|获取|分析)|(?:未|没有)提供(?:论文|标题|摘要|相关)|抱歉"
                        + "|please\\s+(?:provide|share|supply|upload|send|give)|(?:unable|not\\s+able)\\s+to\\s+(?:generate|provide|analy[sz]e)"
                        + "|cannot\\s+(?:generate|provide|analy[sz]e)|can't\\s+(?:generate|provide)|i'?m\\s+sorry|as\\s+an\\s+ai\\b"
                        + "|(?:no|missing)\\s+(?:title|abstract|content)\\s+(?:provided|available|given)"
                        + "|(?:title|abstract|content|information)\\s+(?:is\\s+|was\\s+)?not\\s+(?:provided|available|given)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Pattern standIn = Pattern.compile(
                "(?:n/?a|none|null|unknown|untitled|tbd|todo|title|abstract|无|空|无标题|未知|标题|摘要|略|暂无(?:标题|摘要|简报|内容|信息)?)[.。!！]?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> pieces = List.of("请", "您", "提供", "无法", "生成", "未", "没有", "论文", "抱歉", "PLEASE", "please", "Provide",
                "unable", "not", "able", "to", "Generate", "cannot", "can't", "I'm", "im", "sorry", "as", "an", "AI", "ai", "no",
                "missing", "title", "abstract", "content", "is", "was", "given", "available", "provided", "\u0130", "\u0131",
                "\u212A", "\u017F", "ＰＬＥＡＳＥ", "　", " ", "  ", "\n", "\u200B", "，", ".", "x", "研究团队发布了论文", "n/a", "untitled", "暂无", "信息", "！", "。");
        Random random = new Random(20261121);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(pieces.get(random.nextInt(pieces.size())));
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String candidate = text.toString();
            String folded = StructuralText.foldWhitespace(StructuralText.foldFullWidth(candidate));
            boolean expected = !folded.isEmpty() && (standIn.matcher(folded).matches()
                    || folded.length() <= 150 && instruction.matcher(folded).find());
            assertThat(PlaceholderDetector.isPlaceholder(candidate)).as(candidate).isEqualTo(expected);
        }
    }

    @Test
    void textTooLongForAnInstructionIsContentEvenWhenItsWhiteSpaceWouldFoldAway() {
        String request = "请提供论文的标题和摘要。";
        assertThat(PlaceholderDetector.isPlaceholder(request + " ".repeat(400))).isTrue();
        assertThat(PlaceholderDetector.isPlaceholder(request + "内容".repeat(80))).isFalse();
    }
}
