/* gt-summary.c: not written yet */
#include "config.h"
