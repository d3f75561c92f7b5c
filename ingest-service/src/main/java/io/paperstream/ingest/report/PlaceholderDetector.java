package io.paperstream.ingest.report;

import java.util.List;
import java.util.regex.Pattern;

/**
  * Recognises text a generator wrote instead of content: requests for input ("请提供论文的标题…",
  * "please provide the abstract"), refusals ("无法生成", "I'm sorry") and stand-ins ("N/A", "无").
  *
  * <p>Called several times for every brief and abstract, so it avoids work: text too long to be a placeholder
  * is recognised without being folded, and the instruction pattern only runs when one of its literal anchors
  * occurs (most briefs contain none).
  */
public final class PlaceholderDetector {
    /*
      * Case-insensitive for ASCII only: the Chinese alternatives have no case, and the only non-ASCII characters
      * that Unicode case folding would match to the pattern's ASCII letters are mapped by asciiCaseFold first,
      * so the result is the same as with UNICODE_CASE at a fraction of the cost.
      */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "请(?:您)?(?:提供|给出|补充|上传|输入|发送)|无法(?:生成|提供|获取|分析)|(?:未|没有)提供(?:论文|标题|摘要|相关)|抱歉"
                    + "|please\\s+(?:provide|share|supply|upload|send|give)|(?:unable|not\\s+able)\\s+to\\s+(?:generate|provide|analy[sz]e)"
                    + "|cannot\\s+(?:generate|provide|analy[sz]e)|can't\\s+(?:generate|provide)|i'?m\\s+sorry|as\\s+an\\s+ai\\b"
                    + "|(?:no|missing)\\s+(?:title|abstract|content)\\s+(?:provided|available|given)"
                    + "|(?:title|abstract|content|information)\\s+(?:is\\s+|was\\s+)?not\\s+(?:provided|available|given)",
            Pattern.CASE_INSENSITIVE);
    /**
      * Every match of {@link #INSTRUCTION} contains one of these (lower-case) literals, one per alternative.
      * The text is whitespace-folded before matching, so {@code \s+} there is exactly one space here.
      */
    static final List<String> INSTRUCTION_ANCHORS = List.of(
            "请", "无法", "提供", "抱歉", "please", "able", "cannot", "can't", "sorry", "as an ai",
            "provided", "available", "given");
    private static final Pattern STAND_IN = Pattern.compile(
            "(?:n/?a|none|null|unknown|untitled|tbd|todo|title|abstract|无|空|无标题|未知|标题|摘要|略|暂无(?:标题|摘要|简报|内容|信息)?)[.。!！]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Requests for input are short; a long paragraph that mentions "please provide" is still content. */
    private static final int MAX_INSTRUCTION_CHARS = 150;
    /** The longest text {@link #STAND_IN} can match: "untitled" and a full stop. */
    static final int MAX_STAND_IN_CHARS = 9;
    static final int MIN_CONTENT_LETTERS = 4;

    private PlaceholderDetector() {
    }

    /** True for text that stands where content should be but carries none. */
    public static boolean isPlaceholder(String text) {
        if (text == null || foldedLengthExceeds(text, MAX_INSTRUCTION_CHARS)) {
            return false;
        }
        String folded = StructuralText.foldWhitespace(StructuralText.foldFullWidth(text));
        if (folded.isEmpty()) {
            return false;
        }
        if (folded.length() <= MAX_STAND_IN_CHARS && STAND_IN.matcher(folded).matches()) {
            return true;
        }
        if (folded.length() > MAX_INSTRUCTION_CHARS) {
            return false;
        }
        String matchable = StructuralText.asciiCaseFold(folded);
        return containsAnchor(matchable) && INSTRUCTION.matcher(matchable).find();
    }

    /** True for null, blank, placeholder text, or text with too few letters to say anything. */
    public static boolean lacksContent(String text) {
        return text == null
                || !StructuralText.hasLettersOrDigits(text, MIN_CONTENT_LETTERS)
                || isPlaceholder(text);
    }

    /**
      * True when the whitespace-folded text is surely longer than {@code limit}: it keeps every character that is
      * neither white space nor zero-width, and full-width folding never turns one into the other.
      */
    private static boolean foldedLengthExceeds(String text, int limit) {
        if (text.length() <= limit) {
            return false;
        }
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!StructuralText.isZeroWidth(c) && !StructuralText.isSpace(c) && ++kept > limit) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAnchor(String caseFolded) {
        for (String anchor : INSTRUCTION_ANCHORS) {
            if (caseFolded.contains(anchor)) {
                return true;
            }
        }
        return false;
    }
}
