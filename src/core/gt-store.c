/* gt-store.c: not written yet */
#include "config.h"
