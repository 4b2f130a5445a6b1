#pragma once
// Test support: a handout read by the real reader, its recording's times made up, and XML read
// back with pugixml.
#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "daisy/book_files.h"
#include "daisy/text_document.h"
#include "read_sample.h"

namespace handout::test {

// An introduction, a section three levels deep, the contact block, then one more section.
inline const char* const sample_handout = R"(<handout id="sample" lang="en-US" revised="2026-11-26">
<title>Knee care</title>
<subtitle>After your visit</subtitle>
<author>Ana Example</author>
<author>Ben Example</author>
<p>Rest today. Ice helps &amp; so does <em>gentle</em> walking.</p>
<section>
<heading>At home</heading>
<list><item>Walk daily.</item><item>Call <clinic-phone/> if it hurts.</item></list>
<section><heading>Ice</heading>
<steps><step>Wrap the ice. Hold it there.</step></steps>
<section><heading>How long</heading><p>Twenty minutes at most.</p></section>
</section>
<note>Stop if it hurts.</note>
</section>
<contact/>
<section>
<heading>Exercises</heading>
<p>Bend the knee ten times. Then rest.</p>
</section>
</handout>
)";

inline model::Handout read_sample(const std::string& text = sample_handout) {
  testing::ReadResult read = testing::read_text(text);
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::move(*read.handout);
}

// Every sentence of the text, in reading order.
inline std::vector<std::string> sentence_ids(const daisy::TextDocument& text) {
  std::vector<std::string> out;
  for (const daisy::Part& part : text.parts)
    out.insert(out.end(), part.sentences.begin(), part.sentences.end());
  return out;
}

// A recording of the handout whose k-th sentence (from 0) is marked at k seconds and which
// lasts a second longer than its last mark.
inline daisy::Timing made_up_timing(const model::Handout& handout) {
  daisy::Timing timing{"sample.mp3", {}, 0};
  for (const std::string& id : sentence_ids(daisy::build_text(handout))) {
    const std::int64_t at = static_cast<std::int64_t>(timing.clips.size()) * 1000;
    timing.clips.push_back({id, at, at + 800});
  }
  timing.duration = static_cast<std::int64_t>(timing.clips.size()) * 1000;
  return timing;
}

// The document parsed as XML; fails the test when it is not well-formed.
inline pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str());
  INFO(xml);
  REQUIRE_MESSAGE(result, result.description());
  return doc;
}

// All text below a node, in document order.
inline std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children())
    out += child.type() == pugi::node_pcdata ? std::string(child.value()) : all_text(child);
  return out;
}

// The value of <meta name="…" content="…"/> under `head`; empty when there is none.
inline std::string meta(const pugi::xml_node& head, const std::string& name) {
  return head.find_child_by_attribute("meta", "name", name.c_str()).attribute("content").value();
}

}  // namespace handout::test
