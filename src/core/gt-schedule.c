/* gt-schedule.c: not written yet */
#include "config.h"
