#pragma once
// When pugixml reports "Start-end tags mismatch" it gives only an offset, often far from the
// cause. This re-reads the text with a stack of open tags and names the tag at fault.
#include <optional>

#include "content/source_text.h"

namespace handout::content {

// "<title> opened at line 4 is never closed; add </title> where it ends", located at the
// opening tag, or "</p> does not match <em> opened at line 7; write </em>" at the closing tag.
// Nothing when the tags balance.
std::optional<model::Diagnostic> explain_unbalanced_tags(const SourceText& source);

}  // namespace handout::content
