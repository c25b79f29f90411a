/* gt-issue-category-guess.h: an issue's category (GtIssueCategory) guessed
 * from the words of its 存在问题 text, for issues opened from a ledger's
 * import or a unit's return, where no one has chosen one.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gt-enums.h"

G_BEGIN_DECLS

/* The first category whose keywords @text holds (用地 → land, 拆迁 →
 * demolition, …; demolition is tried before land, as 征迁 speaks of both), or
 * GT_ISSUE_CATEGORY_OTHER. */
GtIssueCategory gt_issue_category_guess (const char *text);

G_END_DECLS
