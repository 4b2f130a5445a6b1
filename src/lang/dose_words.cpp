#include "lang/dose_words.h"

#include <array>
#include <vector>

#include "lang/language.h"
#include "lang/message.h"

namespace handout::lang {

namespace {

// Printed patterns take {n} (the count as written: "10", or a range) and {count} (the number
// that chooses the plural: a range's upper end); times also take {per} (day or week).
// Spoken patterns take the same, with numbers as `number_f` or `number_m` say them (a Spanish
// number agrees with its noun: "una serie", "veintiún segundos"), and {exact}: the number, or 0
// for a range, so that English can say "once" and "twice" but never for "1 to 2 times".
struct DoseTable {
  Language language;
  std::string_view label, separator, range_printed, range_spoken;
  // The printed line's parts.
  std::string_view sets, reps, hold, rest, times;
  std::array<std::string_view, 4> sides;  // by model::Side
  // How the spoken sentence says a number ({v}) before a feminine or a masculine noun, and the
  // endings a number takes right before a masculine noun ("uno" -> "un"); longest first.
  std::string_view number_f, number_m;
  std::array<std::array<std::string_view, 2>, 2> apocope;
  // The spoken sentence: how it opens, then the clauses that follow, joined by ", ".
  // do_sets_of_reps takes {sets}, {setcount}, {reps} and {repcount}.
  std::string_view do_sets_of_reps, do_sets, do_reps, do_hold, do_it;
  std::string_view holding_reps, holding_sets, resting_sets, resting_reps, how_often;
  std::array<std::string_view, 4> on_sides;  // by model::Side
};

constexpr std::array<DoseTable, 2> dose_tables{{
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
        .number_f = "{v, number, integer}",
        .number_m = "{v, number, integer}",
        .apocope = {},
        .do_sets_of_reps = "Do {sets} {setcount, plural, one {set} other {sets}} of {reps}",
        .do_sets = "Do {n} {count, plural, one {set} other {sets}}",
        .do_reps = "Do it {exact, plural, =1 {once} =2 {twice} other {{n} times}}",
        .do_hold = "Hold for {n} {count, plural, one {second} other {seconds}}",
        .do_it = "Do it",
        .holding_reps = "holding each for {n} {count, plural, one {second} other {seconds}}",
        .holding_sets = "holding each for {n} {count, plural, one {second} other {seconds}}",
        .resting_sets = "resting {n} {count, plural, one {second} other {seconds}} between sets",
        .resting_reps =
            "resting {n} {count, plural, one {second} other {seconds}} between repetitions",
        .how_often = "{exact, plural, =1 {once} =2 {twice} other {{n} times}} a {per, select, "
                     "week {week} other {day}}",
        // "on your left side" could be heard as lying on it.
        .on_sides = {"on each side", "on both sides", "left side only", "right side only"},
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
        // In words: eSpeak NG says "1 vez" as "uno vez". (ICU takes the rule set's name only
        // with no space after the comma.)
        .number_f = "{v, spellout,%spellout-cardinal-feminine}",
        .number_m = "{v, spellout,%spellout-cardinal-masculine}",
        .apocope = {{{"veintiuno", "veintiún"}, {"uno", "un"}}},
        .do_sets_of_reps = "Haga {sets} {setcount, plural, one {serie} other {series}} de {reps} "
                           "{repcount, plural, one {repetición} other {repeticiones}}",
        .do_sets = "Haga {n} {count, plural, one {serie} other {series}}",
        .do_reps = "Hágalo {n} {count, plural, one {vez} other {veces}}",
        .do_hold = "Mantenga la posición {n} {count, plural, one {segundo} other {segundos}}",
        .do_it = "Hágalo",
        // "manteniendo cada una" after "dos series de diez" could mean each set.
        .holding_reps = "manteniendo la posición {n} {count, plural, one {segundo} other "
                        "{segundos}} en cada repetición",
        .holding_sets = "manteniendo la posición {n} {count, plural, one {segundo} other "
                        "{segundos}} en cada serie",
        .resting_sets = "descansando {n} {count, plural, one {segundo} other {segundos}} entre "
                        "series",
        .resting_reps = "descansando {n} {count, plural, one {segundo} other {segundos}} entre "
                        "repeticiones",
        .how_often = "{n} {count, plural, one {vez} other {veces}} {per, select, week {a la "
                     "semana} other {al día}}",
        .on_sides = {"de cada lado", "de ambos lados", "solo del lado izquierdo",
                     "solo del lado derecho"},
    },
}};

const DoseTable& dose_table_for(const model::LanguageTag& tag) {
  const Language language = language_of(tag);
  for (const DoseTable& table : dose_tables)
    if (table.language == language) return table;
  return dose_tables.front();
}

enum class Noun { feminine, masculine };  // what a spoken number counts

class DoseWriter {
 public:
  explicit DoseWriter(const model::LanguageTag& tag) : tag_(tag), table_(dose_table_for(tag)) {}

  std::string line(const model::Dose& dose) const {
    std::vector<std::string> parts;
    if (dose.sets) parts.push_back(printed(table_.sets, *dose.sets));
    if (dose.reps) parts.push_back(printed(table_.reps, *dose.reps));
    if (dose.hold_seconds) parts.push_back(printed(table_.hold, seconds(*dose.hold_seconds)));
    if (dose.rest_seconds) parts.push_back(printed(table_.rest, seconds(*dose.rest_seconds)));
    if (dose.times) parts.push_back(printed(table_.times, *dose.times, per(dose)));
    if (dose.side) parts.push_back(std::string(table_.sides[index(*dose.side)]));
    std::string out(table_.label);
    for (std::size_t i = 0; i < parts.size(); ++i)
      out += (i == 0 ? " " : std::string(table_.separator)) + parts[i];
    return out;
  }

  // The opening, then each clause after a comma; how often follows a bare "Do it" without one
  // ("Do it 3 times a day").
  std::string sentence(const model::Dose& dose) const {
    const bool bare =
        !dose.sets && !dose.reps && !dose.hold_seconds && !dose.rest_seconds && dose.times;
    std::string out = opening(dose);
    bool first = true;
    for (const std::string& clause : clauses(dose)) {
      out += (bare && first ? " " : ", ") + clause;
      first = false;
    }
    return out + ".";
  }

 private:
  static model::Count seconds(int n) { return {n, n}; }
  static std::size_t index(model::Side side) { return static_cast<std::size_t>(side); }
  static const char* per(const model::Dose& dose) {
    return dose.per == model::Per::week ? "week" : "day";
  }
  static icu::Formattable count_of(const model::Count& count) {
    return number(static_cast<std::size_t>(count.high));
  }
  static icu::Formattable exact_of(const model::Count& count) {
    return number(count.is_range() ? 0 : static_cast<std::size_t>(count.low));
  }

  std::string printed(std::string_view pattern, const model::Count& count,
                      const char* per = "day") const {
    std::string n = std::to_string(count.low);
    if (count.is_range())
      n = format(table_.range_printed, tag_,
                 {{"low", text(n)}, {"high", text(std::to_string(count.high))}});
    return format(pattern, tag_, {{"n", text(n)}, {"count", count_of(count)}, {"per", text(per)}});
  }

  // A number as the sentence says it before its noun.
  std::string said(int value, Noun noun) const {
    std::string out = format(noun == Noun::feminine ? table_.number_f : table_.number_m, tag_,
                             {{"v", number(static_cast<std::size_t>(value))}});
    if (noun == Noun::masculine) {
      for (const auto& [ending, before_noun] : table_.apocope) {
        if (!ending.empty() && out.ends_with(ending)) {
          out.replace(out.size() - ending.size(), ending.size(), before_noun);
          break;
        }
      }
    }
    return out;
  }

  std::string said(const model::Count& count, Noun noun) const {
    if (!count.is_range()) return said(count.low, noun);
    return format(table_.range_spoken, tag_,
                  {{"low", text(said(count.low, noun))}, {"high", text(said(count.high, noun))}});
  }

  std::string spoken(std::string_view pattern, const model::Count& count, Noun noun,
                     const char* per = "day") const {
    return format(pattern, tag_,
                  {{"n", text(said(count, noun))},
                   {"count", count_of(count)},
                   {"exact", exact_of(count)},
                   {"per", text(per)}});
  }

  std::string opening(const model::Dose& dose) const {
    if (dose.sets && dose.reps)
      return format(table_.do_sets_of_reps, tag_,
                    {{"sets", text(said(*dose.sets, Noun::feminine))},
                     {"setcount", count_of(*dose.sets)},
                     {"reps", text(said(*dose.reps, Noun::feminine))},
                     {"repcount", count_of(*dose.reps)}});
    if (dose.sets) return spoken(table_.do_sets, *dose.sets, Noun::feminine);
    if (dose.reps) return spoken(table_.do_reps, *dose.reps, Noun::feminine);
    if (dose.hold_seconds)
      return spoken(table_.do_hold, seconds(*dose.hold_seconds), Noun::masculine);
    return std::string(table_.do_it);
  }

  std::vector<std::string> clauses(const model::Dose& dose) const {
    std::vector<std::string> out;
    if (dose.hold_seconds && (dose.sets || dose.reps))
      out.push_back(spoken(dose.reps ? table_.holding_reps : table_.holding_sets,
                           seconds(*dose.hold_seconds), Noun::masculine));
    if (dose.rest_seconds)
      out.push_back(spoken(dose.sets ? table_.resting_sets : table_.resting_reps,
                           seconds(*dose.rest_seconds), Noun::masculine));
    if (dose.times) out.push_back(spoken(table_.how_often, *dose.times, Noun::feminine, per(dose)));
    if (dose.side) out.emplace_back(table_.on_sides[index(*dose.side)]);
    return out;
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
