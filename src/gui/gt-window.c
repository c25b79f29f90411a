/* gt-window.c: not written yet */
#include "config.h"
