#include "web/web_terms.h"

namespace handout::web {

namespace {

constexpr WebTerms english{
    .listen = "Listen",
    .listen_to_part = "Listen to one part:",
    .whole_recording = "From the start",
    .no_audio = "Your browser cannot play the recording here; download it:",
    .handouts = "Patient handouts",
    .contact = "How to reach us",
};

constexpr WebTerms spanish{
    .listen = "Escuchar",
    .listen_to_part = "Escuche una parte:",
    .whole_recording = "Desde el principio",
    .no_audio = "Su navegador no puede reproducir la grabación aquí; descárguela:",
    .handouts = "Folletos para pacientes",
    .contact = "Cómo comunicarse con nosotros",
};

}  // namespace

const WebTerms& web_terms(const model::LanguageTag& tag) {
  return tag.primary() == "es" ? spanish : english;
}

}  // namespace handout::web
