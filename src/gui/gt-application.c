/* gt-application.c: not written yet */
#include "config.h"
