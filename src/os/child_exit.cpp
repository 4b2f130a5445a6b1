#include "os/child_exit.h"

#include <sys/wait.h>

#include <cerrno>

namespace handout::os {

int wait_for_child(pid_t child) noexcept {
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace handout::os
