#pragma once
// The paper sizes a handout is laid out for (--paper).

namespace handout::print {

enum class Paper { letter, a4 };

}  // namespace handout::print
