/* gt-store-private.h: what other parts of core may know about the store.
 *
 * Only src/core includes this: figures, lights, summaries and schedules run
 * their own named read queries on the store's connection, through gt-db.h,
 * whichever database is under it. Nothing outside core may know of it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-db.h"
#include "gt-store.h"

G_BEGIN_DECLS

GtDb     *_gt_store_get_db        (GtStore     *self);

G_END_DECLS
