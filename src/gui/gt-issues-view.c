/* gt-issues-view.c: not written yet */
#include "config.h"
