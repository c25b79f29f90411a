/* gt-project.c: not written yet */
#include "config.h"
