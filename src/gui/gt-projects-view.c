/* gt-projects-view.c: not written yet */
#include "config.h"
