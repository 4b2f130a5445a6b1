#pragma once
// A location's <hours>: <open days="mon-fri" from="07:30" to="18:00"/>, <closed days="sun"/>,
// <appointment days="sat"/>. Two <open> for the same days make a lunch break.
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/hours.h"

namespace handout::content {

model::Hours read_hours(ElementChecker& checker, pugi::xml_node hours);

}  // namespace handout::content
