/* gt-date-button.c: not written yet */
#include "config.h"
