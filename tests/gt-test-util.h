/* gt-test-util.h: what the tests without a display share.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

/* Removes @path: a file, or a folder and all below it; asserts it went. */
void      gt_test_remove_tree  (const char  *path);
/* A new register in @dir filled with the default demo data as of @today. */
GtStore  *gt_test_open_demo    (const char  *dir,
                                const GDate *today);
/* Messages in zh_CN from the build's translations, whether or not the zh_CN
 * locale is installed: glibc honours LANGUAGE under C.UTF-8. */
void      gt_test_use_zh_cn    (void);

G_END_DECLS
