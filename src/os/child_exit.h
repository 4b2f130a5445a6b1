#pragma once
// Reaping a child process, retried when a signal interrupts the wait.
#include <sys/types.h>

namespace handout::os {

// Waits until `child` ends; its status as waitpid gives it (WIFEXITED, WEXITSTATUS, …), or 0
// when it cannot be waited for (not a child of this process).
int wait_for_child(pid_t child) noexcept;

}  // namespace handout::os
