/* gt-cli.c: not written yet */
#include "config.h"
