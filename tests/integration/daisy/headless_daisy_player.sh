#!/bin/sh
# Runs Debian's daisy-player on a book's folder on a machine that may have no sound card, for
# the tests, without touching the user's own settings: in a mount namespace of its own (unshare;
# the tests run as root) where
# - the user's home (which daisy-player finds in /etc/passwd, not in $HOME) is an empty folder
#   of the test's, so that no bookmark of an earlier run makes it start playing;
# - when the machine has no ALSA, /proc/asound/cards exists and lists no card (daisy-player
#   stops when it cannot read it), in a /proc made of links to the real one.
# It lists the book's headings and plays nothing until a key asks it to.
# Usage: headless_daisy_player.sh BOOK_FOLDER EMPTY_HOME_FOLDER
set -eu
if [ "${HANDOUT_PLAYER_NAMESPACE:-}" != 1 ]; then
  HANDOUT_PLAYER_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$@"
fi
book=$1
home=$2
mount --bind "$home" "$(getent passwd "$(id -u)" | cut -d: -f6)"
if [ ! -r /proc/asound/cards ]; then
  mount -t tmpfs tmpfs /proc
  mkdir /proc/.real
  mount -t proc proc /proc/.real
  for entry in /proc/.real/*; do ln -s "$entry" /proc/; done
  mkdir /proc/asound
  : >/proc/asound/cards
fi
# -i: no bookmark (it asks for the sound device instead); -n: no CD database look-up.
exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 daisy-player -i -n "$book"
