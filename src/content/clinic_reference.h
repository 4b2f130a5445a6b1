#pragma once
// References to the clinic's details inside a handout's text: <clinic-phone/>,
// <clinic-phone location="riverside"/>, <clinic-email/>, <clinic-web/>, <clinic-name/>.
// Each is resolved from clinic.xml when the handout is read, so the number printed and
// spoken in a sentence is always the one in the contact block.
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "content/element_checker.h"
#include "model/clinic.h"
#include "model/inline.h"

namespace handout::content {

// True for the names of the reference elements.
bool is_clinic_reference(std::string_view element_name);

// The run a reference stands for, nullopt if `element` is not one. Referring to a location or a
// detail clinic.xml does not have is reported at the reference. Without a clinic (clinic.xml itself
// has errors, already reported) the reference is only checked for its form.
std::optional<model::Run> resolve_clinic_reference(ElementChecker& checker, pugi::xml_node element,
                                                   const model::Clinic* clinic, bool emphasis);

}  // namespace handout::content
