#pragma once
// Escaping text for XML (SSML, XMP, and later XHTML and EPUB).
#include <string>
#include <string_view>

namespace handout::lang {

// &, < and > escaped: safe as element content.
std::string escape_xml_text(std::string_view text);
// &, <, > and " escaped: safe as element content and in a double-quoted attribute.
std::string escape_xml_attribute(std::string_view text);

}  // namespace handout::lang
