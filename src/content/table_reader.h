#pragma once
// <table> (a caption, a header of cells, rows of cells) and <checklist> (items, some ticked).
#include <optional>
#include <pugixml.hpp>

#include "content/element_checker.h"
#include "model/clinic.h"
#include "model/handout.h"

namespace handout::content {

inline constexpr std::size_t max_table_rows = 200;
inline constexpr std::size_t max_table_cells = 20;  // per row

std::optional<model::Table> read_table(ElementChecker& checker, pugi::xml_node element,
                                       const model::Clinic* clinic);

std::optional<model::Checklist> read_checklist(ElementChecker& checker, pugi::xml_node element,
                                               const model::Clinic* clinic);

}  // namespace handout::content
