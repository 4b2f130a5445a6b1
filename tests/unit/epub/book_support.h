#pragma once
// Test support: a handout read by the real reader, and XHTML read back with pugixml.
#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <string>

#include "read_sample.h"

namespace handout::test {

inline const char* const sample_handout = R"(<handout id="sample" lang="en-US" revised="2026-11-26">
<title>Knee care</title>
<subtitle>After your visit</subtitle>
<author>Ana Example</author>
<author>Ben Example</author>
<p>Rest today. Ice helps &amp; so does <em>gentle</em> walking.</p>
<section>
<heading>At home</heading>
<list><item>Walk daily.</item><item>Call <clinic-phone/> if it hurts.</item></list>
<section><heading>Ice</heading><steps><step>Wrap the ice. Hold it there.</step></steps></section>
<note>Stop if it hurts.</note>
</section>
<section>
<heading>Exercises</heading>
<p>Bend the knee ten times. Then rest.</p>
</section>
<contact/>
</handout>
)";

inline model::Handout read_sample() {
  testing::ReadResult read = testing::read_text(sample_handout);
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::move(*read.handout);
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

}  // namespace handout::test
