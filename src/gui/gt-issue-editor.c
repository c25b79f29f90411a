/* gt-issue-editor.c: not written yet */
#include "config.h"
