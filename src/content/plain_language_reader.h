#pragma once
// <plain-language grade="8" inflesz="bastante fácil"> in clinic.xml: the reading level `check`
// holds handouts to, and the clinic's own plain words, each
// <instead of="ambulate" use="walk" xml:lang="en"/>.
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/clinic.h"

namespace handout::content {

// Reads the element into `clinic.plain`; a grade outside 1–18, an INFLESZ band the scale does
// not name or an <instead> without both words is an error at its place.
void read_plain_language(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic);

}  // namespace handout::content
