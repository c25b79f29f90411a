/* gt-issue.c: not written yet */
#include "config.h"
