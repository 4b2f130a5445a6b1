"""Prints an MP3's ID3 table of contents and chapters with eyeD3 (Debian's python3-eyed3).

Output, one line each:
  TOC <element id> toplevel=<0|1> ordered=<0|1> <child id> <child id> ...
  CHAP <element id> <start ms> <end ms> <title>
"""
import logging
import sys

import eyed3

# eyeD3 0.9.7 looks for the LAME info frame's CRC at byte 190, where MPEG-1 stereo frames
# keep it; in MPEG-2 mono frames it is at byte 167, so eyeD3 warns wrongly. The test checks
# that CRC itself.
eyed3.log.setLevel(logging.ERROR)

tag = eyed3.load(sys.argv[1]).tag
for toc in tag.table_of_contents:
    children = " ".join(child.decode() for child in toc.child_ids)
    print(f"TOC {toc.element_id.decode()} toplevel={int(toc.toplevel)} "
          f"ordered={int(toc.ordered)} {children}")
for chapter in tag.chapters:
    print(f"CHAP {chapter.element_id.decode()} {chapter.times.start} {chapter.times.end} "
          f"{chapter.title}")
