package io.paperstream.ingest.report;

import static org.assertj.core.api.Assertions.assertThat;

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
}
