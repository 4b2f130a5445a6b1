// Test tool: render_handout CONTENT_DIR ID OUT.pdf [BODY_SIZE] [a4]
#include <cstdlib>
#include <iostream>

#include "model/diagnostic.h"
#include "render_to_file.h"
#include "sample_handout.h"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: render_handout CONTENT_DIR ID OUT.pdf [BODY_SIZE] [a4]\n";
    return 2;
  }
  try {
    handout::print::PrintOptions options;
    if (argc > 4) options.body_size = std::atof(argv[4]);
    if (argc > 5 && std::string(argv[5]) == "a4") options.paper = handout::print::Paper::a4;
    const handout::model::Handout handout = handout::testing::read_handout_in(argv[1], argv[2]);
    handout::test::render_to_file(handout, options, argv[3]);
  } catch (const handout::model::Error& error) {
    std::cerr << handout::model::format(error.diagnostic()) << '\n';
    return 1;
  } catch (const std::exception& error) {
    std::cerr << error.what() << '\n';
    return 1;
  }
  return 0;
}
