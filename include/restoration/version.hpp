// version.hpp: the version of restoration, the one place it is kept (CMake reads it from here).
#pragma once

#define RESTORATION_VERSION_MAJOR 0
#define RESTORATION_VERSION_MINOR 1
#define RESTORATION_VERSION_PATCH 0

// One number that orders versions: 0.1.0 is 100, 1.2.3 is 10203.
#define RESTORATION_VERSION                                                                 \
    (RESTORATION_VERSION_MAJOR * 10000 + RESTORATION_VERSION_MINOR * 100 +                  \
     RESTORATION_VERSION_PATCH)
