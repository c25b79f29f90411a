/* gt-project-query.c: not written yet */
#include "config.h"
