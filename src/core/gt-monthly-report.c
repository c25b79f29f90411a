/* gt-monthly-report.c: not written yet */
#include "config.h"
