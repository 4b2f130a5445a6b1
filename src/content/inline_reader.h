#pragma once
// Mixed inline content: text, <em>, <say alias>, <phone>, <email>, <web> and references to
// the clinic's details (<clinic-phone/> …).
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "content/element_checker.h"
#include "model/clinic.h"
#include "model/inline.h"

namespace handout::content {

// The normalised runs of an inline container such as <p>; an empty container is reported
// and yields nullopt. References such as <clinic-phone/> are resolved from `clinic`. The
// container may carry the attributes named in `attributes` (its reader reads them).
std::optional<model::Inlines> read_inlines(ElementChecker& checker, pugi::xml_node container,
                                           const model::Clinic* clinic = nullptr,
                                           std::initializer_list<std::string_view> attributes = {});

// The same for a container that may be empty, such as a table's blank <cell/>.
model::Inlines read_inlines_or_empty(ElementChecker& checker, pugi::xml_node container,
                                     const model::Clinic* clinic = nullptr);

}  // namespace handout::content
