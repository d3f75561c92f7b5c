package io.paperstream.ingest.report;

import java.util.regex.Pattern;

/**
 * Recognises text a generator wrote instead of content: requests for input ("请提供论文的标题…",
 * "please provide the abstract"), refusals ("无法生成", "I'm sorry") and stand-ins ("N/A", "无").
 */
public final class PlaceholderDetector {
  private static final Pattern INSTRUCTION = Pattern.compile(
      "请(?:您)?(?:提供|给出|补充|上传|输入|发送)|无法(?:生成|提供|获取|分析)|(?:未|没有)提供(?:论文|标题|摘要|相关)|抱歉"
          + "|please\\s+(?:provide|share|supply|upload|send|give)|(?:unable|not\\s+able)\\s+to\\s+(?:generate|provide|analy[sz]e)"
          + "|cannot\\s+(?:generate|provide|analy[sz]e)|can't\\s+(?:generate|provide)|i'?m\\s+sorry|as\\s+an\\s+ai\\b"
          + "|(?:no|missing)\\s+(?:title|abstract|content)\\s+(?:provided|available|given)"
          + "|(?:title|abstract|content|information)\\s+(?:is\\s+|was\\s+)?not\\s+(?:provided|available|given)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern STAND_IN = Pattern.compile(
      "(?:n/?a|none|null|unknown|untitled|tbd|todo|title|abstract|无|空|无标题|未知|标题|摘要|略|暂无(?:标题|摘要|简报|内容|信息)?)[.。!！]?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Requests for input are short; a long paragraph that mentions "please provide" is still content. */
  private static final int MAX_INSTRUCTION_CHARS = 150;
  private static final int MIN_CONTENT_LETTERS = 4;

  private PlaceholderDetector() {
  }

  /** True for text that stands where content should be but carries none. */
  public static boolean isPlaceholder(String text) {
    if (text == null) {
      return false;
    }
    String folded = StructuralText.foldWhitespace(StructuralText.foldFullWidth(text));
    if (folded.isEmpty()) {
      return false;
    }
    if (STAND_IN.matcher(folded).matches()) {
      return true;
    }
    return folded.length() <= MAX_INSTRUCTION_CHARS && INSTRUCTION.matcher(folded).find();
  }

  /** True for null, blank, placeholder text, or text with too few letters to say anything. */
  public static boolean lacksContent(String text) {
    return text == null
        || StructuralText.countLettersOrDigits(text) < MIN_CONTENT_LETTERS
        || isPlaceholder(text);
  }
}
