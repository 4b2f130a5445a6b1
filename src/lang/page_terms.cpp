#include "lang/page_terms.h"

#include <array>

#include "lang/message.h"

namespace handout::lang {

// One language's words; `found` is an ICU MessageFormat pattern (a straight apostrophe would
// quote: write ’).
struct PageTermTable {
  Language language;
  std::string_view recording, play, pause, back, previous_part, next_part, speed, follow;
  std::string_view other_formats, length, find, found;
};

namespace {

constexpr std::array<PageTermTable, 2> page_tables{{
    {
        .language = Language::english,
        .recording = "Recording",
        .play = "Play",
        .pause = "Pause",
        .back = "Back 10 seconds",
        .previous_part = "Previous part",
        .next_part = "Next part",
        .speed = "Speed",
        .follow = "Keep the spoken sentence in view",
        .other_formats = "This handout in other formats",
        .length = "length",
        .find = "Find a handout by title",
        .found = "{count, plural, one {# handout found} other {# handouts found}}",
    },
    {
        .language = Language::spanish,
        .recording = "Grabación",
        .play = "Reproducir",
        .pause = "Pausa",
        .back = "Atrás 10 segundos",
        .previous_part = "Parte anterior",
        .next_part = "Parte siguiente",
        .speed = "Velocidad",
        .follow = "Mantener a la vista la frase que se escucha",
        .other_formats = "Este folleto en otros formatos",
        .length = "duración",
        .find = "Buscar un folleto por título",
        .found = "{count, plural, one {# folleto encontrado} other {# folletos encontrados}}",
    },
}};

const PageTermTable& page_table_for(Language language) {
  for (const PageTermTable& table : page_tables)
    if (table.language == language) return table;
  return page_tables.front();
}

}  // namespace

PageTerms::PageTerms(model::LanguageTag tag)
    : tag_(std::move(tag)), table_(&page_table_for(language_of(tag_))) {}

std::string_view PageTerms::recording() const {
  return table_->recording;
}
std::string_view PageTerms::play() const {
  return table_->play;
}
std::string_view PageTerms::pause() const {
  return table_->pause;
}
std::string_view PageTerms::back() const {
  return table_->back;
}
std::string_view PageTerms::previous_part() const {
  return table_->previous_part;
}
std::string_view PageTerms::next_part() const {
  return table_->next_part;
}
std::string_view PageTerms::speed() const {
  return table_->speed;
}
std::string_view PageTerms::follow() const {
  return table_->follow;
}
std::string_view PageTerms::other_formats() const {
  return table_->other_formats;
}
std::string_view PageTerms::length() const {
  return table_->length;
}
std::string_view PageTerms::find() const {
  return table_->find;
}

std::string PageTerms::found(std::size_t count) const {
  return format(table_->found, tag_, {{"count", number(count)}});
}

}  // namespace handout::lang
