/* gt-milestone.c: not written yet */
#include "config.h"
