/* gt-unit-editor.c: not written yet */
#include "config.h"
