/* gt-project-query.c: what the Projects view is asked to show.
 *
 * The view re-filters every project on each keystroke, so matching must not
 * allocate: the query text is folded once in set_text(), each project keeps its
 * own folded key (gt_project_get_search_key()), and the names of leaders and
 * units are matched against the words once, into sets of ids, so that a project
 * only looks its leader, unit and locality up in those sets.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-project-query.h"

typedef struct {
  gint64 id;
  char *folded_name;
} FoldedName;

struct _GtProjectQuery
{
  GtStore *store;
  GListModel *leaders;
  GListModel *units;
  gulong leaders_changed_id;
  gulong units_changed_id;

  /* Folded words of the text, all of which must match. */
  GPtrArray *words;
  int stage;
  int level;
  gint64 locality_id;
  gint64 leader_id;

  /* Folded names of every leader and unit, dropped when the store's lists say
   * that a row changed. */
  GArray *leader_names;
  GArray *unit_names;

  /* For each word, the ids (gint64 * keys) of the leaders and units whose name
   * holds it; NULL until needed after a change of words or names. */
  GPtrArray *leader_hits;
  GPtrArray *unit_hits;
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
clear_folded_name (gpointer data)
{
  FoldedName *name = data;

  g_free (name->folded_name);
}

static GArray *
fold_names (GListModel *model,
            gboolean    is_leader)
{
  guint n = g_list_model_get_n_items (model);
  GArray *names = g_array_sized_new (FALSE, FALSE, sizeof (FoldedName), n);

  g_array_set_clear_func (names, clear_folded_name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      FoldedName name;

      if (is_leader)
        {
          name.id = gt_leader_get_id (GT_LEADER (item));
          name.folded_name = fold (gt_leader_get_name (GT_LEADER (item)));
        }
      else
        {
          name.id = gt_unit_get_id (GT_UNIT (item));
          name.folded_name = fold (gt_unit_get_name (GT_UNIT (item)));
        }
      g_array_append_val (names, name);
    }

  return names;
}

static void
forget_hits (GtProjectQuery *self)
{
  g_clear_pointer (&self->leader_hits, g_ptr_array_unref);
  g_clear_pointer (&self->unit_hits, g_ptr_array_unref);
}

static void
leaders_changed_cb (GListModel     *model,
                    guint           position,
                    guint           removed,
                    guint           added,
                    GtProjectQuery *self)
{
  g_clear_pointer (&self->leader_names, g_array_unref);
  forget_hits (self);
}

static void
units_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GtProjectQuery *self)
{
  g_clear_pointer (&self->unit_names, g_array_unref);
  forget_hits (self);
}

static GPtrArray *
match_names (GArray    *names,
             GPtrArray *words)
{
  GPtrArray *hits = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  for (guint w = 0; w < words->len; w++)
    {
      const char *word = g_ptr_array_index (words, w);
      GHashTable *ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      for (guint i = 0; i < names->len; i++)
        {
          FoldedName *name = &g_array_index (names, FoldedName, i);

          if (strstr (name->folded_name, word) != NULL)
            g_hash_table_add (ids, g_memdup2 (&name->id, sizeof name->id));
        }
      g_ptr_array_add (hits, ids);
    }

  return hits;
}

static void
ensure_hits (GtProjectQuery *self)
{
  if (self->leader_hits != NULL && self->unit_hits != NULL)
    return;

  if (self->leader_names == NULL)
    self->leader_names = fold_names (self->leaders, TRUE);
  if (self->unit_names == NULL)
    self->unit_names = fold_names (self->units, FALSE);

  forget_hits (self);
  self->leader_hits = match_names (self->leader_names, self->words);
  self->unit_hits = match_names (self->unit_names, self->words);
}

GtProjectQuery *
gt_project_query_new (GtStore *store)
{
  GtProjectQuery *self;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  self = g_new0 (GtProjectQuery, 1);
  self->store = g_object_ref (store);
  self->leaders = g_object_ref (gt_store_get_leaders (store));
  self->units = g_object_ref (gt_store_get_units (store));
  self->words = g_ptr_array_new_with_free_func (g_free);
  self->stage = -1;
  self->level = -1;

  self->leaders_changed_id = g_signal_connect (self->leaders, "items-changed",
                                               G_CALLBACK (leaders_changed_cb), self);
  self->units_changed_id = g_signal_connect (self->units, "items-changed",
                                             G_CALLBACK (units_changed_cb), self);

  return self;
}

void
gt_project_query_free (GtProjectQuery *self)
{
  if (self == NULL)
    return;

  g_clear_signal_handler (&self->leaders_changed_id, self->leaders);
  g_clear_signal_handler (&self->units_changed_id, self->units);
  g_clear_object (&self->leaders);
  g_clear_object (&self->units);
  g_clear_object (&self->store);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->leader_names, g_array_unref);
  g_clear_pointer (&self->unit_names, g_array_unref);
  forget_hits (self);
  g_free (self);
}

static gboolean
same_words (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      if (!g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

gboolean
gt_project_query_set_text (GtProjectQuery *self,
                           const char     *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = NULL;
  const char *p;
  const char *start = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  folded = fold (text);
  words = g_ptr_array_new_with_free_func (g_free);

  /* Any space separates words, the ideographic one an input method types too. */
  for (p = folded; ; p = g_utf8_next_char (p))
    {
      gboolean at_end = (*p == '\0');

      if (at_end || g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (start != NULL)
            g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }
      else if (start == NULL)
        start = p;

      if (at_end)
        break;
    }

  if (same_words (words, self->words))
    return FALSE;

  g_ptr_array_unref (self->words);
  self->words = g_steal_pointer (&words);
  forget_hits (self);
  return TRUE;
}

gboolean
gt_project_query_set_stage (GtProjectQuery *self,
                            int             stage)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (stage >= -1 && stage < GT_N_STAGES, FALSE);

  if (self->stage == stage)
    return FALSE;

  self->stage = stage;
  return TRUE;
}

gboolean
gt_project_query_set_level (GtProjectQuery *self,
                            int             level)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (level >= -1 && level < GT_N_LEVELS, FALSE);

  if (self->level == level)
    return FALSE;

  self->level = level;
  return TRUE;
}

gboolean
gt_project_query_set_locality (GtProjectQuery *self,
                               gint64          unit_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (unit_id >= 0, FALSE);

  if (self->locality_id == unit_id)
    return FALSE;

  self->locality_id = unit_id;
  return TRUE;
}

gboolean
gt_project_query_set_leader (GtProjectQuery *self,
                             gint64          leader_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (leader_id >= 0, FALSE);

  if (self->leader_id == leader_id)
    return FALSE;

  self->leader_id = leader_id;
  return TRUE;
}

static gboolean
id_in (GHashTable *ids,
       gint64      id)
{
  return id > 0 && g_hash_table_contains (ids, &id);
}

gboolean
gt_project_query_matches (GtProjectQuery *self,
                          GtProject      *project)
{
  const char *key;
  gint64 leader_id, unit_id, locality_id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GT_IS_PROJECT (project), FALSE);

  leader_id = gt_project_get_leader_id (project);
  locality_id = gt_project_get_locality_id (project);

  /* The cheap integer tests first: they rule out most rows. */
  if (self->stage >= 0 && (int) gt_project_get_stage (project) != self->stage)
    return FALSE;
  if (self->level >= 0 && (int) gt_project_get_level (project) != self->level)
    return FALSE;
  if (self->locality_id > 0 && locality_id != self->locality_id)
    return FALSE;
  if (self->leader_id > 0 && leader_id != self->leader_id)
    return FALSE;

  if (self->words->len == 0)
    return TRUE;

  ensure_hits (self);
  key = gt_project_get_search_key (project);
  unit_id = gt_project_get_unit_id (project);

  for (guint i = 0; i < self->words->len; i++)
    {
      GHashTable *units = g_ptr_array_index (self->unit_hits, i);

      if (strstr (key, g_ptr_array_index (self->words, i)) != NULL
          || id_in (g_ptr_array_index (self->leader_hits, i), leader_id)
          || id_in (units, unit_id)
          || id_in (units, locality_id))
        continue;

      return FALSE;
    }

  return TRUE;
}
