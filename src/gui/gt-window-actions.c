/* gt-window-actions.c: not written yet */
#include "config.h"
