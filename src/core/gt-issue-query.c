/* gt-issue-query.c: what the Issues view is asked to show, and its counts.
 *
 * The ledger may hold fifty thousand issues and the view re-filters them all on
 * a keystroke, so matching must not fold text each time: the query's words are
 * folded once in set_text(), each issue's description is folded once and kept
 * (until the description changes), and a project's text is folded by the project
 * itself (gt_project_get_search_key()).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-issue-query.h"
#include "gt-store-escalation.h"

typedef struct {
  char *description;    /* what the key was folded from */
  char *key;
} FoldedText;

struct _GtIssueQuery
{
  GtStore    *store;

  /* Folded words of the text, all of which must match. */
  GPtrArray  *words;
  int         status;
  gint64      category;
  gint64      unit_id;
  gint64      project_id;
  gint64      level;    /* the lowest level shown: GT_ESCALATION_NONE for any */
  GDate       today;

  /* Issue id (gint64 *) → level, of the escalated issues; NULL until first
   * needed. Read whole, so that sorting or filtering never asks per issue. */
  GHashTable *levels;

  GHashTable *folded;   /* GtIssue → FoldedText */
  GHashTable *collated; /* text → collation key */
};

static char *
fold (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return g_strdup ("");

  /* The same folding as gt_project_get_search_key(), or nothing would match. */
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normalized == NULL)
    return g_strdup ("");

  return g_utf8_casefold (normalized, -1);
}

static void
folded_text_free (gpointer data)
{
  FoldedText *folded = data;

  g_free (folded->description);
  g_free (folded->key);
  g_free (folded);
}

static const char *
issue_key (GtIssueQuery *self,
           GtIssue      *issue)
{
  const char *description = gt_issue_get_description (issue);
  FoldedText *folded = g_hash_table_lookup (self->folded, issue);

  if (description == NULL)
    description = "";

  if (folded == NULL)
    {
      folded = g_new0 (FoldedText, 1);
      g_hash_table_insert (self->folded, g_object_ref (issue), folded);
    }
  else if (strcmp (folded->description, description) == 0)
    return folded->key;

  g_free (folded->description);
  g_free (folded->key);
  folded->description = g_strdup (description);
  folded->key = fold (description);
  return folded->key;
}

GtIssueQuery *
gt_issue_query_new (GtStore *store)
{
  GtIssueQuery *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_new0 (GtIssueQuery, 1);
  self->store = g_object_ref (store);
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->status = GT_ISSUE_QUERY_ANY_STATUS;
  self->category = -1;
  self->folded = g_hash_table_new_full (NULL, NULL, g_object_unref, folded_text_free);
  self->collated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gt_issue_query_set_today (self, NULL);

  return self;
}

void
gt_issue_query_free (GtIssueQuery *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->store);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->collated, g_hash_table_unref);
  g_clear_pointer (&self->levels, g_hash_table_unref);
  g_free (self);
}

/* TRUE when every word of @a is inside some word of @b: whatever matches all of
 * @b then matches all of @a. */
static gboolean
words_within (GPtrArray *a,
              GPtrArray *b)
{
  for (guint i = 0; i < a->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < b->len && !found; j++)
        found = strstr (g_ptr_array_index (b, j), g_ptr_array_index (a, i)) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

GtIssueQueryChange
gt_issue_query_set_text (GtIssueQuery *self,
                         const char   *text)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  gboolean stricter, looser;

  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);

  /* Folding turns the ideographic space into an ASCII one: both separate words. */
  folded = fold (text);
  g_strdelimit (folded, "\t\n", ' ');
  parts = g_strsplit (folded, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));

  stricter = words_within (self->words, words);
  looser = words_within (words, self->words);
  g_ptr_array_unref (self->words);
  self->words = g_steal_pointer (&words);

  if (stricter && looser)
    return GT_ISSUE_QUERY_UNCHANGED;
  if (stricter)
    return GT_ISSUE_QUERY_STRICTER;
  if (looser)
    return GT_ISSUE_QUERY_LOOSER;
  return GT_ISSUE_QUERY_DIFFERENT;
}

/* TRUE when what status choice @a lets through is a part of what @b does. */
static gboolean
status_within (int a,
               int b)
{
  if (a == b || b == GT_ISSUE_QUERY_ANY_STATUS)
    return TRUE;
  if (b == GT_ISSUE_QUERY_OPEN)
    return a == GT_ISSUE_QUERY_OVERDUE || a == GT_ISSUE_STATUS_RAISED
           || a == GT_ISSUE_STATUS_ASSIGNED;
  return FALSE;
}

static GtIssueQueryChange
change_between (gboolean new_within_old,
                gboolean old_within_new)
{
  if (new_within_old && old_within_new)
    return GT_ISSUE_QUERY_UNCHANGED;
  if (new_within_old)
    return GT_ISSUE_QUERY_STRICTER;
  if (old_within_new)
    return GT_ISSUE_QUERY_LOOSER;
  return GT_ISSUE_QUERY_DIFFERENT;
}

GtIssueQueryChange
gt_issue_query_set_status (GtIssueQuery *self,
                           int           status)
{
  int old;

  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);
  g_return_val_if_fail (status >= GT_ISSUE_QUERY_OVERDUE && status < GT_N_ISSUE_STATUSES,
                        GT_ISSUE_QUERY_UNCHANGED);

  old = self->status;
  self->status = status;
  return change_between (status_within (status, old), status_within (old, status));
}

/* A choice of one value, where @any means every value. */
static GtIssueQueryChange
set_choice (gint64 *field,
            gint64  value,
            gint64  any)
{
  gint64 old = *field;

  *field = value;
  return change_between (old == any || old == value, value == any || old == value);
}

GtIssueQueryChange
gt_issue_query_set_category (GtIssueQuery *self,
                             int           category)
{
  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);
  g_return_val_if_fail (category >= -1 && category < GT_N_ISSUE_CATEGORIES,
                        GT_ISSUE_QUERY_UNCHANGED);

  return set_choice (&self->category, category, -1);
}

GtIssueQueryChange
gt_issue_query_set_unit (GtIssueQuery *self,
                         gint64        unit_id)
{
  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);

  return set_choice (&self->unit_id, MAX (unit_id, 0), 0);
}

GtIssueQueryChange
gt_issue_query_set_project (GtIssueQuery *self,
                            gint64        project_id)
{
  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);

  return set_choice (&self->project_id, MAX (project_id, 0), 0);
}

GtIssueQueryChange
gt_issue_query_set_level (GtIssueQuery      *self,
                          GtEscalationLevel  level)
{
  gint64 old;

  g_return_val_if_fail (self != NULL, GT_ISSUE_QUERY_UNCHANGED);
  g_return_val_if_fail (level < GT_N_ESCALATION_LEVELS, GT_ISSUE_QUERY_UNCHANGED);

  /* "At least" choices nest: a higher one is stricter. */
  old = self->level;
  self->level = level;
  return change_between (level >= old, old >= level);
}

static GHashTable *
read_levels (GtIssueQuery *self)
{
  g_autoptr(GError) error = NULL;
  GHashTable *levels = gt_store_list_escalation_levels (self->store, &error);

  if (levels == NULL)
    {
      /* A register that cannot be read says so elsewhere; here every issue
       * then shows at no level, and the next change reads again. */
      g_debug ("Cannot read the issues' escalation levels: %s", error->message);
      levels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    }
  return levels;
}

GtEscalationLevel
gt_issue_query_get_level (GtIssueQuery *self,
                          GtIssue      *issue)
{
  gint64 id;

  g_return_val_if_fail (self != NULL, GT_ESCALATION_NONE);
  g_return_val_if_fail (GT_IS_ISSUE (issue), GT_ESCALATION_NONE);

  if (self->levels == NULL)
    self->levels = read_levels (self);
  id = gt_issue_get_id (issue);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->levels, &id));
}

static gboolean
same_levels (GHashTable *a,
             GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer other;

      if (!g_hash_table_lookup_extended (b, key, NULL, &other) || other != value)
        return FALSE;
    }
  return TRUE;
}

gboolean
gt_issue_query_refresh_levels (GtIssueQuery *self)
{
  GHashTable *levels;
  gboolean changed;

  g_return_val_if_fail (self != NULL, FALSE);

  /* Never read yet: the first use reads it. */
  if (self->levels == NULL)
    return FALSE;
  levels = read_levels (self);
  changed = !same_levels (self->levels, levels);
  g_hash_table_unref (self->levels);
  self->levels = levels;
  return changed;
}

void
gt_issue_query_set_today (GtIssueQuery *self,
                          const GDate  *today)
{
  g_return_if_fail (self != NULL);

  g_date_clear (&self->today, 1);
  if (today != NULL && g_date_valid (today))
    g_date_set_julian (&self->today, g_date_get_julian (today));
  else
    g_date_set_time_t (&self->today, time (NULL));
}

const GDate *
gt_issue_query_get_today (GtIssueQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->today;
}

static gboolean
status_matches (GtIssueQuery *self,
                GtIssue      *issue)
{
  switch (self->status)
    {
    case GT_ISSUE_QUERY_ANY_STATUS:
      return TRUE;
    case GT_ISSUE_QUERY_OPEN:
      return gt_issue_status_is_open (gt_issue_get_status (issue));
    case GT_ISSUE_QUERY_OVERDUE:
      return gt_issue_is_overdue (issue, &self->today);
    default:
      return (int) gt_issue_get_status (issue) == self->status;
    }
}

gboolean
gt_issue_query_matches (GtIssueQuery *self,
                        GtIssue      *issue)
{
  const char *key;
  const char *project_key = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GT_IS_ISSUE (issue), FALSE);

  if (!status_matches (self, issue))
    return FALSE;
  if (self->category >= 0 && (int) gt_issue_get_category (issue) != self->category)
    return FALSE;
  if (self->unit_id > 0 && gt_issue_get_unit_id (issue) != self->unit_id)
    return FALSE;
  if (self->project_id > 0 && gt_issue_get_project_id (issue) != self->project_id)
    return FALSE;
  if (self->level > GT_ESCALATION_NONE
      && (gint64) gt_issue_query_get_level (self, issue) < self->level)
    return FALSE;
  if (self->words->len == 0)
    return TRUE;

  key = issue_key (self, issue);
  for (guint i = 0; i < self->words->len; i++)
    {
      const char *word = g_ptr_array_index (self->words, i);

      if (strstr (key, word) != NULL)
        continue;

      if (project_key == NULL)
        {
          GtProject *project = gt_store_lookup_project (self->store,
                                                        gt_issue_get_project_id (issue));

          project_key = project != NULL ? gt_project_get_search_key (project) : "";
        }
      if (strstr (project_key, word) == NULL)
        return FALSE;
    }

  return TRUE;
}

void
gt_issue_query_count (GtIssueQuery  *self,
                      GListModel    *issues,
                      GtIssueCounts *counts)
{
  guint n;

  g_return_if_fail (self != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (issues));
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof *counts);
  n = g_list_model_get_n_items (issues);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtIssue) issue = g_list_model_get_item (issues, i);

      if (!gt_issue_query_matches (self, issue))
        continue;
      counts->found++;
      if (gt_issue_status_is_open (gt_issue_get_status (issue)))
        counts->in_hand++;
      else
        counts->resolved++;
      if (gt_issue_is_overdue (issue, &self->today))
        counts->overdue++;
    }
}

static const char *
collate_key (GtIssueQuery *self,
             const char   *text)
{
  const char *key = g_hash_table_lookup (self->collated, text);

  if (key == NULL)
    {
      /* Keys of edited texts linger; a bound keeps the cache from growing forever. */
      if (g_hash_table_size (self->collated) > 200000)
        g_hash_table_remove_all (self->collated);
      key = g_utf8_collate_key (text, -1);
      g_hash_table_insert (self->collated, g_strdup (text), (char *) key);
    }
  return key;
}

static int
compare_text (GtIssueQuery *self,
              const char   *a,
              const char   *b)
{
  if (a == NULL)
    a = "";
  if (b == NULL)
    b = "";
  if (*a == '\0' || *b == '\0')
    return (*a == '\0') - (*b == '\0');
  return strcmp (collate_key (self, a), collate_key (self, b));
}

static int
compare_dates (const GDate *a,
               const GDate *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_date_compare (a, b);
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return (a > b) - (a < b);
}

static const char *
project_name (GtIssueQuery *self,
              GtIssue      *issue)
{
  GtProject *project = gt_store_lookup_project (self->store, gt_issue_get_project_id (issue));

  return project != NULL ? gt_project_get_name (project) : "";
}

static const char *
unit_name (GtIssueQuery *self,
           GtIssue      *issue)
{
  gint64 id = gt_issue_get_unit_id (issue);
  GtUnit *unit = id > 0 ? gt_store_lookup_unit (self->store, id) : NULL;

  return unit != NULL ? gt_unit_get_name (unit) : "";
}

int
gt_issue_query_compare (GtIssueQuery *self,
                        GtIssueSort   sort,
                        GtIssue      *a,
                        GtIssue      *b)
{
  int result = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (GT_IS_ISSUE (a) && GT_IS_ISSUE (b), 0);

  switch (sort)
    {
    case GT_ISSUE_SORT_DESCRIPTION:
      result = compare_text (self, gt_issue_get_description (a), gt_issue_get_description (b));
      break;
    case GT_ISSUE_SORT_PROJECT:
      result = compare_text (self, project_name (self, a), project_name (self, b));
      break;
    case GT_ISSUE_SORT_CATEGORY:
      result = compare_int64 (gt_issue_get_category (a), gt_issue_get_category (b));
      break;
    case GT_ISSUE_SORT_STATUS:
      result = compare_int64 (gt_issue_get_status (a), gt_issue_get_status (b));
      if (result == 0)
        result = compare_int64 (gt_issue_is_overdue (b, &self->today),
                                gt_issue_is_overdue (a, &self->today));
      break;
    case GT_ISSUE_SORT_LEVEL:
      result = compare_int64 (gt_issue_query_get_level (self, a),
                              gt_issue_query_get_level (self, b));
      break;
    case GT_ISSUE_SORT_UNIT:
      result = compare_text (self, unit_name (self, a), unit_name (self, b));
      break;
    case GT_ISSUE_SORT_DEADLINE:
      result = compare_dates (gt_issue_get_deadline (a), gt_issue_get_deadline (b));
      break;
    case GT_ISSUE_SORT_RAISED:
      result = compare_dates (gt_issue_get_raised_on (a), gt_issue_get_raised_on (b));
      break;
    case GT_N_ISSUE_SORTS:
    default:
      g_return_val_if_reached (0);
    }

  return result != 0 ? result : compare_int64 (gt_issue_get_id (a), gt_issue_get_id (b));
}
