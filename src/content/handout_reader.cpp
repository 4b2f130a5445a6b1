#include "content/handout_reader.h"

#include <algorithm>
#include <set>

#include "content/clinic_language.h"
#include "content/element_checker.h"
#include "content/emoji_check.h"
#include "content/inline_reader.h"
#include "content/limits.h"
#include "content/link_check.h"
#include "content/parse_checked.h"
#include "content/picture_reader.h"
#include "content/suggest.h"
#include "content/table_reader.h"
#include "content/text_rules.h"
#include "content/typed_layout.h"
#include "lang/language.h"
#include "model/element_ids.h"

namespace handout::content {

namespace {

constexpr std::string_view block_names =
    "use <p>, <list>, <steps>, <checklist>, <table>, <note>, <figure>, <exercise> or <section>";
constexpr std::string_view exercise_names =
    "an <exercise> holds its <name>, then <figure>, <p>, <list>, <steps>, <checklist>, <table>, "
    "<note> and one <dose>";
constexpr std::string_view note_block_names =
    "a <note> holds text, or blocks: <p>, <list> and <steps>";

bool is_block(pugi::xml_node node) {
  return is_named(node, "p") || is_named(node, "list") || is_named(node, "steps") ||
         is_named(node, "note") || is_named(node, "figure") || is_named(node, "exercise") ||
         is_named(node, "table") || is_named(node, "checklist");
}

// Whether a note is written as blocks rather than as inline text.
bool holds_blocks(pugi::xml_node note) {
  for (pugi::xml_node child : note.children())
    if (is_named(child, "p") || is_named(child, "list") || is_named(child, "steps")) return true;
  return false;
}

class HandoutReader {
 public:
  HandoutReader(ElementChecker& checker, const HandoutContext& context)
      : checker_(checker), context_(context) {}

  std::optional<model::Handout> read(pugi::xml_node root) {
    if (!is_named(root, "handout")) {
      checker_.error(root,
                     "the root element must be <handout>, not <" + std::string(root.name()) + ">");
      return std::nullopt;
    }
    written_ids_ = collect_written_ids(root);
    model::Handout handout;
    handout.file = checker_.file();
    handout.at = checker_.where(root);
    read_attributes(root, handout);
    // A language handout does not write is refused at its attribute; asking clinic.xml for
    // texts in it would only repeat that.
    if (context_.clinic && !handout.lang.empty() && lang::written_language(handout.lang.tag))
      clinic_ = clinic_in_language(*context_.clinic, handout.lang, checker_);
    read_body(root, handout);
    for (model::Diagnostic& link :
         link_errors(handout, context_.clinic ? context_.clinic->lang : std::string()))
      checker_.error(link.at, std::move(link.message));
    for (model::Diagnostic& box : typed_boxes(handout))
      checker_.error(box.at, std::move(box.message));
    for (model::Diagnostic& emoji : emoji_pictures(handout))
      checker_.error(emoji.at, std::move(emoji.message));
    if (const std::size_t words = count_words(handout); words > max_handout_words)
      checker_.error(root, "the handout has " + std::to_string(words) + " words; at most " +
                               std::to_string(max_handout_words) +
                               " (over two hours of audio) are allowed, so split it");
    return handout;
  }

 private:
  // Whether children[i] is the <expected> element a parent starts with. Else reports `message`
  // once: at a misspelling of it ("<heeding>"), which is then skipped, with the name meant.
  bool starts_with(const std::vector<pugi::xml_node>& children, std::size_t& i,
                   pugi::xml_node parent, std::string_view expected, const std::string& message) {
    if (i < children.size() && is_named(children[i], expected)) return true;
    if (i < children.size() && nearest(children[i].name(), {std::string(expected)})) {
      checker_.error(children[i], "unknown element <" + std::string(children[i].name()) +
                                      ">; did you mean <" + std::string(expected) + ">? " +
                                      message);
      ++i;
      return false;
    }
    checker_.error(i < children.size() ? children[i] : parent, message);
    return false;
  }

  // Offers only advice that would pass: id="Rodilla" is not a valid id.
  std::string id_mismatch(const std::string& id) const {
    const std::string rename = "rename the file to '" + id + ".xml'";
    if (!is_valid_id(context_.expected_id))
      return "id '" + id + "' does not match the file name '" + context_.expected_id +
             ".xml', which is not a valid id; " + rename;
    return "id '" + id + "' does not match the file name; " + rename + " or set id=\"" +
           context_.expected_id + "\"";
  }

  void read_attributes(pugi::xml_node root, model::Handout& handout) {
    checker_.allow_attributes(root, {"id", "lang", "revised"});
    if (auto id = checker_.required_attribute(root, "id")) {
      const model::Location at = checker_.where_attribute(root, "id");
      if (!is_valid_id(*id))
        checker_.error(at, "id '" + *id +
                               "' is not a safe file name; use lower-case letters, digits and "
                               "hyphens, starting with a letter or digit");
      else if (id->size() > max_id_length)
        checker_.error(at,
                       "the id is " + std::to_string(id->size()) + " characters long; at most " +
                           std::to_string(max_id_length) +
                           " are allowed, so that the name of each output file (the id and a "
                           "suffix such as .pdf) fits the system's limit of 255; shorten it and "
                           "rename the file to match");
      else if (std::ranges::find(reserved_ids, *id) != reserved_ids.end())
        checker_.error(
            at, "id '" + *id +
                    "' is the name of a file the build writes for all the handouts "
                    "together (index.html, manifest.json, offline.js); choose another, such as '" +
                    *id + "-2', and rename the file to match");
      else if (*id != context_.expected_id)
        checker_.error(at, id_mismatch(*id));
      handout.id = *id;
    }
    if (auto lang = checker_.required_attribute(root, "lang")) {
      const model::Location at = checker_.where_attribute(root, "lang");
      if (!is_language_tag(*lang))
        checker_.error(
            at, "lang '" + *lang + "' is not a language tag; use one such as en-US, en-GB or es");
      else if (!lang::written_language(*lang))
        checker_.error(at, unwritten_language("lang", *lang));
      handout.lang = {*lang, at};
    }
    if (pugi::xml_attribute revised = root.attribute("revised")) {
      handout.revised = model::parse_iso_date(revised.value());
      if (!handout.revised)
        checker_.error(checker_.where_attribute(root, "revised"),
                       "revised '" + std::string(revised.value()) +
                           "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26");
    }
  }

  void read_body(pugi::xml_node root, model::Handout& handout) {
    const std::vector<pugi::xml_node> children = checker_.element_children(root);
    std::size_t i = 0;
    const auto next_is = [&](std::string_view name) {
      return i < children.size() && is_named(children[i], name);
    };
    if (starts_with(children, i, root, "title", "a handout must start with its <title>"))
      if (auto title = read_inlines(checker_, children[i++], clinic_ptr()))
        handout.title = std::move(*title);
    if (next_is("subtitle")) handout.subtitle = read_inlines(checker_, children[i++], clinic_ptr());
    while (next_is("author"))
      if (auto name = checker_.plain_text(children[i++]))
        handout.authors.push_back({std::move(name->text), name->at});
    bool seen_section = false;
    bool seen_contact = false;
    for (; i < children.size(); ++i) {
      const pugi::xml_node child = children[i];
      if (is_block(child) && !seen_section) {
        if (auto block = read_block(child, 0)) handout.body.push_back(std::move(*block));
      } else if (is_named(child, "section")) {
        if (auto section = read_section(child, 1)) handout.body.push_back(std::move(*section));
        seen_section = true;
      } else if (is_named(child, "contact")) {
        read_contact(child, seen_section, seen_contact, handout);
      } else if (is_block(child)) {
        checker_.error(child, "<" + std::string(child.name()) +
                                  "> after the first section must be inside a <section>");
      } else if (is_named(child, "title") || is_named(child, "subtitle")) {
        checker_.error(child, "a handout has one <" + std::string(child.name()) +
                                  ">, at the start: <title>, then <subtitle>, then <author>");
      } else if (is_named(child, "author")) {
        checker_.error(child, "<" + std::string(child.name()) +
                                  "> must come at the start: <title>, then <subtitle>, then "
                                  "<author>");
      } else {
        checker_.unexpected(child, block_names);
      }
    }
    if (!seen_section)
      checker_.error(root, "a handout needs at least one <section> with a <heading>");
    if (!seen_contact) {
      // The Contact is built first: clang 14 has no aggregate initialisation from parentheses.
      handout.body.emplace_back(std::in_place_type<model::Contact>,
                                model::Contact{clinic(), checker_.where(root), true});
    }
  }

  void read_contact(pugi::xml_node element, bool seen_section, bool& seen_contact,
                    model::Handout& handout) {
    checker_.allow_attributes(element, {});
    checker_.element_children(element);
    for (pugi::xml_node child : element.children())
      if (child.type() == pugi::node_element)
        checker_.error(child, "<contact/> is empty: the clinic's details come from clinic.xml");
    if (seen_contact) {
      checker_.error(element, "only one <contact/> is allowed");
    } else if (!seen_section) {
      checker_.error(element, "<contact/> must come after at least one <section>");
    }
    seen_contact = true;
    handout.body.emplace_back(std::in_place_type<model::Contact>,
                              model::Contact{clinic(), checker_.where(element), false});
  }

  // The clinic's details in the handout's language.
  model::Clinic clinic() const { return clinic_ ? *clinic_ : model::Clinic{}; }
  const model::Clinic* clinic_ptr() const { return clinic_ ? &*clinic_ : nullptr; }

  std::optional<model::Block> read_block(pugi::xml_node element, int depth) {
    const std::string_view name = element.name();
    if (name == "p") {
      if (auto runs = read_inlines(checker_, element, clinic_ptr()))
        return model::Paragraph{std::move(*runs), checker_.where(element)};
    } else if (name == "note") {
      return read_note(element, depth);
    } else if (name == "list") {
      return model::List{read_items(element, "item"), checker_.where(element)};
    } else if (name == "steps") {
      return model::Steps{read_items(element, "step"), checker_.where(element)};
    } else if (name == "figure") {
      return read_figure(element);
    } else if (name == "table") {
      if (auto table = read_table(checker_, element, clinic_ptr())) return std::move(*table);
    } else if (name == "checklist") {
      if (auto list = read_checklist(checker_, element, clinic_ptr())) return std::move(*list);
    } else if (name == "exercise") {
      return read_exercise(element, depth);
    } else if (name == "section") {
      if (auto section = read_section(element, depth + 1)) return std::move(*section);
    } else {
      checker_.unexpected(element, block_names);
    }
    return std::nullopt;
  }

  std::optional<model::Block> read_note(pugi::xml_node element, int depth) {
    model::Note note;
    note.at = checker_.where(element);
    note.kind = note_kind(element);
    if (holds_blocks(element)) checker_.allow_attributes(element, {"kind"});
    if (!holds_blocks(element)) {
      auto runs = read_inlines(checker_, element, clinic_ptr(), {"kind"});
      if (!runs) return std::nullopt;
      note.content = std::move(*runs);
      return note;
    }
    for (pugi::xml_node child : checker_.element_children(element)) {
      const std::string_view name = child.name();
      if (name != "p" && name != "list" && name != "steps") {
        checker_.unexpected(child, note_block_names);
      } else if (auto block = read_block(child, depth)) {
        note.blocks.push_back(std::move(*block));
      }
    }
    return note;
  }

  model::NoteKind note_kind(pugi::xml_node element) {
    const pugi::xml_attribute kind = element.attribute("kind");
    if (!kind) return model::NoteKind::important;
    const std::string_view value = kind.value();
    if (value == "emergency") return model::NoteKind::emergency;
    if (value == "warning") return model::NoteKind::warning;
    if (value == "tip") return model::NoteKind::tip;
    checker_.error(checker_.where_attribute(element, "kind"),
                   "kind '" + std::string(value) +
                       "' is not a kind of note; use emergency, warning or tip, or leave kind out "
                       "for an important note");
    return model::NoteKind::important;
  }

  std::optional<model::Block> read_figure(pugi::xml_node element) {
    checker_.allow_attributes(element, {"src"});
    model::Figure figure;
    figure.at = checker_.where(element);
    std::optional<model::Picture> picture = read_picture(checker_, element, context_.content_dir);
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    std::size_t i = 0;
    bool described = false;
    if (starts_with(children, i, element, "description",
                    "a <figure> starts with its <description>: what the picture shows, for "
                    "those who cannot see it (what the body does, not \"picture of\")")) {
      if (auto text = read_inlines(checker_, children[i], clinic_ptr())) {
        figure.description = std::move(*text);
        described = true;
      }
      ++i;
    }
    if (i < children.size() && is_named(children[i], "caption")) {
      figure.caption = read_inlines(checker_, children[i], clinic_ptr());
      ++i;
    }
    for (; i < children.size(); ++i)
      checker_.unexpected(children[i],
                          "a <figure> holds one <description>, then at most one <caption>");
    if (!picture || !described) return std::nullopt;
    figure.picture = std::move(*picture);
    return figure;
  }

  std::optional<model::Block> read_exercise(pugi::xml_node element, int depth) {
    checker_.allow_attributes(element, {"id"});
    model::Exercise exercise;
    exercise.at = checker_.where(element);
    exercise.depth = depth + 1;
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    std::size_t i = 0;
    if (starts_with(children, i, element, "name", "an <exercise> must start with its <name>")) {
      if (auto name = read_inlines(checker_, children[i], clinic_ptr()))
        exercise.name = std::move(*name);
      ++i;
    }
    exercise.id = section_id(element, exercise.name);
    const model::Dose* dose = nullptr;
    for (; i < children.size(); ++i) {
      const pugi::xml_node child = children[i];
      const std::string_view name = child.name();
      if (name == "dose") {
        if (dose) {
          checker_.error(child, "an <exercise> has one <dose>; put the whole dose in it");
        } else if (auto read = read_dose(child)) {
          exercise.blocks.push_back(std::move(*read));
          dose = &std::get<model::Dose>(exercise.blocks.back());
        } else {
          dose = &no_dose_;  // reported already
        }
      } else if (name == "p" || name == "list" || name == "steps" || name == "note" ||
                 name == "figure" || name == "table" || name == "checklist") {
        if (auto block = read_block(child, exercise.depth - 1))
          exercise.blocks.push_back(std::move(*block));
      } else {
        checker_.unexpected(child, exercise_names);
      }
    }
    if (!dose)
      checker_.error(element,
                     "an <exercise> needs its <dose>, such as <dose sets=\"2\" reps=\"10\" "
                     "times=\"3\" per=\"day\"/>");
    return exercise;
  }

  std::optional<model::Block> read_dose(pugi::xml_node element) {
    const std::size_t before = checker_.error_count();
    checker_.allow_attributes(element, {"sets", "reps", "hold", "rest", "times", "per", "side"});
    checker_.element_children(element);
    for (pugi::xml_node child : element.children())
      if (child.type() == pugi::node_element)
        checker_.error(child, "<dose> is empty: write the dose in its attributes");
    model::Dose dose;
    dose.at = checker_.where(element);
    dose.sets = dose_count(element, "sets", 100);
    dose.reps = dose_count(element, "reps", 1000);
    if (auto hold = dose_count(element, "hold", 3600, false)) dose.hold_seconds = hold->low;
    if (auto rest = dose_count(element, "rest", 3600, false)) dose.rest_seconds = rest->low;
    dose.times = dose_count(element, "times", 100);
    if (pugi::xml_attribute per = element.attribute("per")) {
      const std::string_view value = per.value();
      if (value == "week") {
        dose.per = model::Per::week;
      } else if (value != "day") {
        checker_.error(checker_.where_attribute(element, "per"),
                       "per '" + std::string(value) + "' is not day or week");
      }
      if (!element.attribute("times"))
        checker_.error(
            checker_.where_attribute(element, "per"),
            "per says how often, with times: write times=\"3\" per=\"" + std::string(value) + "\"");
    }
    if (pugi::xml_attribute side = element.attribute("side")) {
      const std::string_view value = side.value();
      if (value == "each")
        dose.side = model::Side::each;
      else if (value == "both")
        dose.side = model::Side::both;
      else if (value == "left")
        dose.side = model::Side::left;
      else if (value == "right")
        dose.side = model::Side::right;
      else
        checker_.error(checker_.where_attribute(element, "side"),
                       "side '" + std::string(value) + "' is not each, both, left or right");
    }
    if (!dose.sets && !dose.reps && !dose.hold_seconds && !dose.rest_seconds && !dose.times &&
        !dose.side && checker_.error_count() == before)
      checker_.error(element,
                     "<dose> says nothing; give at least one of sets, reps, hold (seconds), rest "
                     "(seconds), times (with per=\"day\" or \"week\") and side");
    if (checker_.error_count() != before) return std::nullopt;
    return dose;
  }

  // A whole number from 1 to `most`, or (when `range` allows) a range such as "8-12".
  std::optional<model::Count> dose_count(pugi::xml_node element, const char* name, int most,
                                         bool range = true) {
    const pugi::xml_attribute attribute = element.attribute(name);
    if (!attribute) return std::nullopt;
    const std::string value = attribute.value();
    const auto number = [](std::string_view text) -> std::optional<int> {
      if (text.empty() || text.size() > 9 ||
          text.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
      return std::stoi(std::string(text));
    };
    std::optional<model::Count> count;
    const model::Location at = checker_.where_attribute(element, name);
    const std::size_t dash = value.find_first_of("-");
    const std::size_t en_dash = value.find("\u2013");
    if (range && (dash != std::string::npos || en_dash != std::string::npos)) {
      const std::size_t split = dash != std::string::npos ? dash : en_dash;
      const std::size_t width = dash != std::string::npos ? 1 : 3;
      const auto low = number(value.substr(0, split));
      const auto high = number(value.substr(split + width));
      if (low && high && *low >= *high) {
        const std::string fix = *low == *high ? std::to_string(*low)
                                              : std::to_string(*high) + "-" + std::to_string(*low);
        checker_.error(at, std::string(name) + " '" + value +
                               "' is not a range from a smaller number to a larger one; write " +
                               fix);
        return std::nullopt;
      }
      if (low && high) count = model::Count{*low, *high};
    } else if (const auto n = number(value)) {
      count = model::Count{*n, *n};
    }
    if (!count) {
      checker_.error(
          at, std::string(name) + " '" + value + "' is not " +
                  (range ? "a whole number or a range such as 8-12" : "a whole number of seconds"));
      return std::nullopt;
    }
    if (count->low < 1 || count->high > most) {
      checker_.error(at, std::string(name) + " '" + value + "' is out of range; write 1 to " +
                             std::to_string(most));
      return std::nullopt;
    }
    return count;
  }

  std::vector<model::Item> read_items(pugi::xml_node element, std::string_view item_name) {
    checker_.allow_attributes(element, {});
    std::vector<model::Item> items;
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    for (pugi::xml_node child : children) {
      if (!is_named(child, item_name)) {
        checker_.unexpected(child, "<" + std::string(element.name()) + "> holds only <" +
                                       std::string(item_name) + "> elements");
      } else if (auto runs = read_inlines(checker_, child, clinic_ptr())) {
        items.push_back({std::move(*runs), checker_.where(child)});
      }
    }
    if (children.empty())
      checker_.error(element, "<" + std::string(element.name()) + "> is empty; add at least one <" +
                                  std::string(item_name) + ">");
    if (items.size() > max_items)
      checker_.error(element, "<" + std::string(element.name()) + "> has " +
                                  std::to_string(items.size()) + " items; at most " +
                                  std::to_string(max_items) +
                                  " fit a handout, so split it into several");
    return items;
  }

  // Depth is checked before descending, so deeply nested input cannot exhaust the stack.
  std::optional<model::Section> read_section(pugi::xml_node element, int depth) {
    if (depth > model::max_section_depth) {
      checker_.error(element, "sections nest at most " + std::to_string(model::max_section_depth) +
                                  " deep; move this section up a level");
      return std::nullopt;
    }
    checker_.allow_attributes(element, {"id"});
    model::Section section;
    section.depth = depth;
    section.at = checker_.where(element);
    const std::vector<pugi::xml_node> children = checker_.element_children(element);
    std::size_t i = 0;
    if (starts_with(children, i, element, "heading", "a <section> must start with its <heading>")) {
      if (auto heading = read_inlines(checker_, children[i], clinic_ptr()))
        section.heading = std::move(*heading);
      ++i;
    }
    section.id = section_id(element, section.heading);
    if (i == children.size())
      checker_.error(element,
                     "<section> is empty; add a paragraph, list, steps or note after its "
                     "heading");
    for (; i < children.size(); ++i) {
      if (is_named(children[i], "heading")) {
        checker_.error(children[i], "a <section> has one <heading>; start a new <section>");
      } else if (auto block = read_block(children[i], depth)) {
        section.blocks.push_back(std::move(*block));
      }
    }
    return section;
  }

  std::string section_id(pugi::xml_node element, const model::Inlines& heading) {
    if (pugi::xml_attribute given = element.attribute("id")) {
      const std::string id = given.value();
      const model::Location at = checker_.where_attribute(element, "id");
      const std::string what = std::string(element.name()) + " id '" + id + "'";
      if (!is_valid_id(id))
        checker_.error(at, what + " is not valid; use lower-case letters, digits and hyphens");
      else if (model::is_element_id(id))
        checker_.error(at, what +
                               " is a name the web page, the EPUB and the talking book give "
                               "their own elements (" +
                               std::string(model::element_id_forms) +
                               "); choose another, such as 'part-" + id + "'");
      else if (!ids_.insert(id).second)
        checker_.error(at, what + " is used twice in this handout");
      return id;
    }
    // A derived id steps aside for every id written in the file, wherever it appears, and for
    // the formats' own element ids ("Player" becomes player-2).
    const std::string base = derive_id(model::plain_text(heading));
    std::string id = base;
    for (int n = 2;
         written_ids_.contains(id) || model::is_element_id(id) || !ids_.insert(id).second; ++n)
      id = base + "-" + std::to_string(n);
    return id;
  }

  // Iterative, so that deeply nested input cannot exhaust the stack.
  static std::set<std::string> collect_written_ids(pugi::xml_node root) {
    std::set<std::string> ids;
    for (pugi::xml_node node = root.first_child(); node && node != root;) {
      if ((is_named(node, "section") || is_named(node, "exercise")) && node.attribute("id"))
        ids.insert(node.attribute("id").value());
      if (node.first_child()) {
        node = node.first_child();
        continue;
      }
      while (node != root && !node.next_sibling()) node = node.parent();
      if (node != root) node = node.next_sibling();
    }
    return ids;
  }

  ElementChecker& checker_;
  const HandoutContext& context_;
  std::optional<model::Clinic> clinic_;
  std::set<std::string> written_ids_;
  std::set<std::string> ids_;
  model::Dose no_dose_;  // stands for a dose that was reported
};

}  // namespace

std::optional<model::Handout> parse_handout(std::string text, const std::string& display_name,
                                            const HandoutContext& context,
                                            model::Diagnostics& out) {
  return parse_checked(std::move(text), display_name, out,
                       [&](ElementChecker& checker, pugi::xml_node root) {
                         return HandoutReader(checker, context).read(root);
                       });
}

std::optional<model::Handout> read_handout(const std::filesystem::path& path,
                                           const std::string& display_name,
                                           const HandoutContext& context, model::Diagnostics& out) {
  return read_checked(path, display_name, out, [&](ElementChecker& checker, pugi::xml_node root) {
    return HandoutReader(checker, context).read(root);
  });
}

}  // namespace handout::content
