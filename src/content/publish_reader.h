#pragma once
// <publish base="https://www.example.org/handouts/"/> in clinic.xml: where the clinic
// publishes the contents of out/, so <base><id>.html, .mp3 and .pdf resolve there.
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/clinic.h"

namespace handout::content {

// Reads the element into `clinic.publish_base` and `clinic.publish_at`; a base that is not an
// absolute http(s) URL ending in '/', without query or fragment, is an error at the attribute.
void read_publish(ElementChecker& checker, pugi::xml_node element, model::Clinic& clinic);

}  // namespace handout::content
