#pragma once
// Mixed inline content: text, <em>, <say alias>, <phone>, <email>, <web> and references to
// the clinic's details (<clinic-phone/> …).
#include <optional>
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/clinic.h"
#include "model/inline.h"

namespace handout::content {

// The normalised runs of an inline container such as <p>; an empty container is reported
// and yields nullopt. References such as <clinic-phone/> are resolved from `clinic`.
std::optional<model::Inlines> read_inlines(ElementChecker& checker, pugi::xml_node container,
                                           const model::Clinic* clinic = nullptr);

}  // namespace handout::content
