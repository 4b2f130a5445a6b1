#include "lang/dose_words.h"

#include <array>
#include <vector>

#include "lang/language.h"
#include "lang/message.h"

namespace handout::lang {

namespace {

// Patterns take {n} (the count as written: "10", or a range) and {count} (the number that
// chooses the plural: a range's upper end); times also take {per} (day or week).
struct DoseTable {
  Language language;
  std::string_view label, separator, range_printed, range_spoken;
  // The printed line's parts.
  std::string_view sets, reps, hold, rest, times;
  std::array<std::string_view, 4> sides;  // by model::Side
  // The spoken sentence: how it opens, then the clauses that follow, joined by ", ".
  std::string_view do_sets_of_reps, do_sets, do_reps, do_hold, do_it;
  std::string_view holding, resting, how_often;
  std::array<std::string_view, 4> on_sides;  // by model::Side
};

constexpr std::array<DoseTable, 2> tables{{
    {
        .language = Language::english,
        .label = "Dose:",
        .separator = " · ",
        .range_printed = "{low}–{high}",
        .range_spoken = "{low} to {high}",
        .sets = "{count, plural, one {{n} set} other {{n} sets}}",
        .reps = "{count, plural, one {{n} time} other {{n} times}}",
        .hold = "hold {count, plural, one {{n} second} other {{n} seconds}}",
        .rest = "rest {count, plural, one {{n} second} other {{n} seconds}}",
        .times = "{count, plural, one {{n} time} other {{n} times}} a {per, select, week {week} "
                 "other {day}}",
        .sides = {"each side", "both sides", "left side", "right side"},
        .do_sets_of_reps = "Do {sets} {count, plural, one {set} other {sets}} of {reps}",
        .do_sets = "Do {sets} {count, plural, one {set} other {sets}}",
        .do_reps = "Do it {reps} {count, plural, one {time} other {times}}",
        .do_hold = "Hold for {count, plural, one {{n} second} other {{n} seconds}}",
        .do_it = "Do it",
        .holding = "holding each for {count, plural, one {{n} second} other {{n} seconds}}",
        .resting = "resting {count, plural, one {{n} second} other {{n} seconds}} between sets",
        .how_often = "{count, plural, one {{n} time} other {{n} times}} a {per, select, week "
                     "{week} other {day}}",
        .on_sides = {"on each side", "on both sides", "on your left side", "on your right side"},
    },
    {
        .language = Language::spanish,
        .label = "Dosis:",
        .separator = " · ",
        .range_printed = "{low}–{high}",
        .range_spoken = "{low} a {high}",
        .sets = "{count, plural, one {{n} serie} other {{n} series}}",
        .reps = "{count, plural, one {{n} vez} other {{n} veces}}",
        .hold = "mantener {count, plural, one {{n} segundo} other {{n} segundos}}",
        .rest = "descansar {count, plural, one {{n} segundo} other {{n} segundos}}",
        .times = "{count, plural, one {{n} vez} other {{n} veces}} {per, select, week {a la "
                 "semana} other {al día}}",
        .sides = {"cada lado", "ambos lados", "lado izquierdo", "lado derecho"},
        .do_sets_of_reps = "Haga {sets} {count, plural, one {serie} other {series}} de {reps}",
        .do_sets = "Haga {sets} {count, plural, one {serie} other {series}}",
        .do_reps = "Hágalo {reps} {count, plural, one {vez} other {veces}}",
        .do_hold = "Mantenga la posición {count, plural, one {{n} segundo} other {{n} segundos}}",
        .do_it = "Hágalo",
        .holding = "manteniendo cada una {count, plural, one {{n} segundo} other {{n} segundos}}",
        .resting = "descansando {count, plural, one {{n} segundo} other {{n} segundos}} entre "
                   "series",
        .how_often = "{count, plural, one {{n} vez} other {{n} veces}} {per, select, week {a la "
                     "semana} other {al día}}",
        .on_sides = {"de cada lado", "de ambos lados", "del lado izquierdo", "del lado derecho"},
    },
}};

const DoseTable& table_for(const model::LanguageTag& tag) {
  const Language language = language_of(tag);
  for (const DoseTable& table : tables)
    if (table.language == language) return table;
  return tables.front();
}

class DoseWriter {
 public:
  explicit DoseWriter(const model::LanguageTag& tag) : tag_(tag), table_(table_for(tag)) {}

  std::string line(const model::Dose& dose) const {
    std::vector<std::string> parts;
    if (dose.sets) parts.push_back(counted(table_.sets, *dose.sets, table_.range_printed));
    if (dose.reps) parts.push_back(counted(table_.reps, *dose.reps, table_.range_printed));
    if (dose.hold_seconds)
      parts.push_back(counted(table_.hold, seconds(*dose.hold_seconds), table_.range_printed));
    if (dose.rest_seconds)
      parts.push_back(counted(table_.rest, seconds(*dose.rest_seconds), table_.range_printed));
    if (dose.times) parts.push_back(often(table_.times, dose, table_.range_printed));
    if (dose.side) parts.push_back(std::string(table_.sides[index(*dose.side)]));
    std::string out(table_.label);
    for (std::size_t i = 0; i < parts.size(); ++i)
      out += (i == 0 ? " " : std::string(table_.separator)) + parts[i];
    return out;
  }

  std::string sentence(const model::Dose& dose) const {
    std::vector<std::string> clauses{opening(dose)};
    if (dose.hold_seconds && (dose.sets || dose.reps))
      clauses.push_back(counted(table_.holding, seconds(*dose.hold_seconds), table_.range_spoken));
    if (dose.rest_seconds)
      clauses.push_back(counted(table_.resting, seconds(*dose.rest_seconds), table_.range_spoken));
    if (dose.times) clauses.push_back(often(table_.how_often, dose, table_.range_spoken));
    if (dose.side) clauses.push_back(std::string(table_.on_sides[index(*dose.side)]));
    std::string out;
    for (const std::string& clause : clauses) out += (out.empty() ? "" : ", ") + clause;
    return out + ".";
  }

 private:
  static model::Count seconds(int n) { return {n, n}; }
  static std::size_t index(model::Side side) { return static_cast<std::size_t>(side); }

  std::string written(const model::Count& count, std::string_view range) const {
    if (!count.is_range()) return std::to_string(count.low);
    return format(
        range, tag_,
        {{"low", text(std::to_string(count.low))}, {"high", text(std::to_string(count.high))}});
  }

  std::string counted(std::string_view pattern, const model::Count& count,
                      std::string_view range) const {
    return format(pattern, tag_,
                  {{"n", text(written(count, range))},
                   {"count", number(static_cast<std::size_t>(count.high))}});
  }

  std::string often(std::string_view pattern, const model::Dose& dose,
                    std::string_view range) const {
    return format(pattern, tag_,
                  {{"n", text(written(*dose.times, range))},
                   {"count", number(static_cast<std::size_t>(dose.times->high))},
                   {"per", text(dose.per == model::Per::week ? "week" : "day")}});
  }

  std::string opening(const model::Dose& dose) const {
    const std::string_view range = table_.range_spoken;
    if (dose.sets && dose.reps)
      return format(table_.do_sets_of_reps, tag_,
                    {{"sets", text(written(*dose.sets, range))},
                     {"count", number(static_cast<std::size_t>(dose.sets->high))},
                     {"reps", text(written(*dose.reps, range))}});
    if (dose.sets)
      return format(table_.do_sets, tag_,
                    {{"sets", text(written(*dose.sets, range))},
                     {"count", number(static_cast<std::size_t>(dose.sets->high))}});
    if (dose.reps)
      return format(table_.do_reps, tag_,
                    {{"reps", text(written(*dose.reps, range))},
                     {"count", number(static_cast<std::size_t>(dose.reps->high))}});
    if (dose.hold_seconds) return counted(table_.do_hold, seconds(*dose.hold_seconds), range);
    return std::string(table_.do_it);
  }

  const model::LanguageTag& tag_;
  const DoseTable& table_;
};

}  // namespace

std::string dose_line(const model::Dose& dose, const model::LanguageTag& tag) {
  return DoseWriter(tag).line(dose);
}

std::string dose_sentence(const model::Dose& dose, const model::LanguageTag& tag) {
  return DoseWriter(tag).sentence(dose);
}

}  // namespace handout::lang
