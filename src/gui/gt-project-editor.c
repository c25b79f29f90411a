/* gt-project-editor.c: not written yet */
#include "config.h"
