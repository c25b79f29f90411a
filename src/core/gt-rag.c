/* gt-rag.c: not written yet */
#include "config.h"
