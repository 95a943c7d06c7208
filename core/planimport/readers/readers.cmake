# Readers of other planners' files, one file each (see planreader.h).
# (Included from core/planimport/CMakeLists.txt: paths are relative to core/planimport.)
target_sources(horisont_core PRIVATE
)
