/* gt-leader.c: not written yet */
#include "config.h"
