/* gt-gantt-renderer.c: not written yet */
#include "config.h"
