/* gt-leader-editor.c: not written yet */
#include "config.h"
