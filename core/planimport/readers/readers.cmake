# Readers of other planners' files, one file each (see planreader.h).
# (Included from core/planimport/CMakeLists.txt: paths are relative to core/planimport.)
target_sources(horisont_core PRIVATE
    readers/xmlguard.cpp readers/xmlguard.h
    readers/foreigndates.cpp readers/foreigndates.h
    readers/plannerreader.cpp readers/plannerreader.h
)
