/* gt-demo.c: not written yet */
#include "config.h"
