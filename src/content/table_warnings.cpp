#include "content/table_warnings.h"

#include <string>

#include "model/reading_order.h"

namespace handout::content {

model::Diagnostics table_warnings(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.kind != model::UnitKind::table) continue;
    const model::Table& table = std::get<model::Table>(*unit.block);
    if (table.columns() <= model::max_table_columns) continue;
    out.push_back({handout.file, table.at,
                   "this table has " + std::to_string(table.columns()) + " columns; above " +
                       std::to_string(model::max_table_columns) +
                       " large print and braille show it stacked, one block per row with each "
                       "value after its column's name: to keep it in columns, split it into two "
                       "tables or turn some columns into rows",
                   model::Severity::warning});
  }
  return out;
}

}  // namespace handout::content
