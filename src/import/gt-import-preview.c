/* gt-import-preview.c: what a plan will do, row by row and name by name.
 *
 * A mistyped 属地 (柳河新区 for 柳河镇) used to become a new locality without a
 * word; the preview now lists every name the import would create, with the
 * register's closest name as a hint, so that a person confirms it or corrects
 * the ledger first.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-import-preview.h"
#include "gt-import-private.h"

static void
outcome_free (gpointer data)
{
  GtImportRowOutcome *outcome = data;

  g_free (outcome->name);
  g_free (outcome);
}

static void
new_name_free (gpointer data)
{
  GtImportNewName *name = data;

  g_free (name->name);
  g_free (name->closest);
  g_free (name);
}

static int
compare_outcomes (gconstpointer a,
                  gconstpointer b)
{
  const GtImportRowOutcome *x = *(GtImportRowOutcome *const *) a;
  const GtImportRowOutcome *y = *(GtImportRowOutcome *const *) b;

  return x->row < y->row ? -1 : x->row > y->row;
}

/* What a skipped row says, to know it by: its first cell with text. */
static char *
row_text (GtImportPlan *self,
          guint         row)
{
  guint n_columns = gt_ledger_sheet_n_columns (self->sheet);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *text = gt_ledger_sheet_get (self->sheet, row, c);

      if (text != NULL && !gt_ledger_is_empty (text))
        return g_strstrip (g_strdup (text));
    }
  return g_strdup ("");
}

GPtrArray *
gt_import_plan_list_rows (GtImportPlan *self)
{
  GPtrArray *outcomes;

  g_return_val_if_fail (self != NULL, NULL);

  outcomes = g_ptr_array_new_with_free_func (outcome_free);
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtImportRow *row = g_ptr_array_index (self->rows, i);
      GtImportRowOutcome *outcome = g_new0 (GtImportRowOutcome, 1);

      outcome->row = row->row + 1;
      outcome->state = row->existing != NULL ? GT_IMPORT_ROW_UPDATED : GT_IMPORT_ROW_CREATED;
      outcome->name = g_strdup (row->text[GT_LEDGER_FIELD_NAME]);
      g_ptr_array_add (outcomes, outcome);
    }
  for (guint i = 0; i < self->skipped->len; i++)
    {
      const GtImportSkipped *skipped = &g_array_index (self->skipped, GtImportSkipped, i);
      GtImportRowOutcome *outcome = g_new0 (GtImportRowOutcome, 1);

      outcome->row = skipped->row;
      outcome->state = GT_IMPORT_ROW_SKIPPED;
      outcome->reason = skipped->reason;
      outcome->name = row_text (self, skipped->row - 1);
      g_ptr_array_add (outcomes, outcome);
    }
  g_ptr_array_sort (outcomes, compare_outcomes);
  return outcomes;
}

/* Levenshtein distance in characters, given up past @limit. */
static guint
distance (const gunichar *a,
          glong           la,
          const gunichar *b,
          glong           lb,
          guint           limit)
{
  g_autofree guint *previous = NULL;
  g_autofree guint *current = NULL;

  if ((guint) ABS (la - lb) > limit)
    return limit + 1;
  previous = g_new (guint, lb + 1);
  current = g_new (guint, lb + 1);
  for (glong j = 0; j <= lb; j++)
    previous[j] = j;
  for (glong i = 1; i <= la; i++)
    {
      guint *swap;

      current[0] = i;
      for (glong j = 1; j <= lb; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          current[j] = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        }
      swap = previous;
      previous = current;
      current = swap;
    }
  return previous[lb];
}

char *
gt_import_closest_name (const char *name,
                        GPtrArray  *names)
{
  glong length;
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (name, -1, &length);
  const char *best = NULL;
  guint best_score = G_MAXUINT;

  for (guint i = 0; i < names->len; i++)
    {
      const char *other = g_ptr_array_index (names, i);
      glong other_length;
      g_autofree gunichar *other_chars = g_utf8_to_ucs4_fast (other, -1, &other_length);
      guint d = distance (chars, length, other_chars, other_length, 1);
      gboolean same_start = length >= 2 && other_length >= 2
                            && chars[0] == other_chars[0] && chars[1] == other_chars[1];
      guint score;

      /* Chinese names are short: two characters changed in 县发改局 make
       * 县水利局, another unit; one changed (城关真) or the same start
       * (县发改局, 县发展和改革局) is worth a second look. */
      if (d == 0)
        continue;
      if (d == 1)
        score = 1;
      else if (same_start)
        score = 2;
      else
        continue;
      if (score < best_score)
        {
          best = other;
          best_score = score;
        }
    }
  return g_strdup (best);
}

/* The name a leader's cell gives, as applying reads it (gt-import-apply.c,
 * find_leader()): "张三（副县长）、李四" is 张三. NULL when none. */
static char *
leader_name (const char *text)
{
  g_auto(GStrv) names = g_regex_split_simple ("[、,，;；/\\s]+", text, 0, 0);
  char *name = NULL;
  char *open;

  for (char **n = names; *n != NULL && name == NULL; n++)
    if (**n != '\0')
      name = *n;
  if (name == NULL)
    return NULL;
  open = strstr (name, "（") != NULL ? strstr (name, "（") : strchr (name, '(');
  if (open != NULL)
    *open = '\0';
  g_strstrip (name);
  return name[0] != '\0' ? g_strdup (name) : NULL;
}

typedef struct {
  GHashTable *known;      /* normal form → the register's name, or a new one's entry */
  GPtrArray  *names;      /* the register's names, normal forms, for the hint */
} NameTable;

static void
table_init (NameTable  *table,
            GListModel *model,
            const char *(*get_name) (gpointer))
{
  table->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  table->names = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      char *key = gt_ledger_normalize (get_name (item));

      if (key[0] == '\0' || g_hash_table_contains (table->known, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_insert (table->known, key, NULL);
      g_ptr_array_add (table->names, key);
    }
}

static void
table_clear (NameTable *table)
{
  g_ptr_array_unref (table->names);
  g_hash_table_unref (table->known);
}

static void
note_name (NameTable       *table,
           GPtrArray       *found,
           GtImportNewKind  kind,
           const char      *name,
           guint            row)
{
  g_autofree char *key = NULL;
  GtImportNewName *entry;

  if (name == NULL)
    return;
  key = gt_ledger_normalize (name);
  if (key[0] == '\0')
    return;
  if (g_hash_table_lookup_extended (table->known, key, NULL, (gpointer *) &entry))
    {
      if (entry != NULL)
        entry->n_rows++;
      return;
    }
  entry = g_new0 (GtImportNewName, 1);
  entry->kind = kind;
  entry->name = g_strdup (name);
  entry->first_row = row + 1;
  entry->n_rows = 1;
  entry->closest = gt_import_closest_name (key, table->names);
  g_hash_table_insert (table->known, g_steal_pointer (&key), entry);
  g_ptr_array_add (found, entry);
}

GPtrArray *
gt_import_plan_list_new_names (GtImportPlan *self)
{
  GPtrArray *found;
  NameTable leaders, units;

  g_return_val_if_fail (self != NULL, NULL);

  found = g_ptr_array_new_with_free_func (new_name_free);
  table_init (&leaders, gt_store_get_leaders (self->store),
              (const char *(*) (gpointer)) gt_leader_get_name);
  table_init (&units, gt_store_get_units (self->store),
              (const char *(*) (gpointer)) gt_unit_get_name);

  /* In the order applying meets them: leader, unit, locality, row by row. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtImportRow *row = g_ptr_array_index (self->rows, i);

      if (row->text[GT_LEDGER_FIELD_LEADER] != NULL)
        {
          g_autofree char *name = leader_name (row->text[GT_LEDGER_FIELD_LEADER]);

          note_name (&leaders, found, GT_IMPORT_NEW_LEADER, name, row->row);
        }
      note_name (&units, found, GT_IMPORT_NEW_UNIT, row->text[GT_LEDGER_FIELD_UNIT], row->row);
      note_name (&units, found, GT_IMPORT_NEW_LOCALITY, row->text[GT_LEDGER_FIELD_LOCALITY],
                 row->row);
    }

  table_clear (&leaders);
  table_clear (&units);
  return found;
}

void
gt_import_plan_set_store (GtImportPlan *self,
                          GtStore      *store)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (GT_IS_STORE (store));
  g_return_if_fail (!self->applied);

  g_set_object (&self->store, store);
}
