#pragma once
// Mixed inline content: text, <em>, <say alias>, <phone>, <email>, <web>.
#include <optional>
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/inline.h"

namespace handout::content {

// The normalised runs of an inline container such as <p>; an empty container is reported
// and yields nullopt.
std::optional<model::Inlines> read_inlines(ElementChecker& checker, pugi::xml_node container);

}  // namespace handout::content
