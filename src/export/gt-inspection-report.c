/* gt-inspection-report.c: the weekly 督查专报 on A4, drawn with Pango.
 *
 * Set as the office's other documents are (gt-issue-doc.c): the office's
 * name as the red head, the report's name and week under it, a red rule,
 * then a summary paragraph (how many projects are red, amber, with problems;
 * how many visits and issues assigned on the spot; which leaders were not on
 * site), and a numbered section for each leader: their slow and problem
 * projects as a ruled table (the light, why, the issues), and the week's
 * visits with what was decided.
 *
 * The text is measured once into a flow of lines, rows, gaps and rules, cut
 * into pages where it runs over; a row is never cut, a heading stays with
 * what follows it, and a table's header row is repeated on a new page.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "gt-a4-doc.h"
#include "gt-export-file.h"
#include "gt-format.h"
#include "gt-inspection-report.h"

#define MM            (72.0 / 25.4)
#define MARGIN_TOP    (25 * MM)
#define MARGIN_SIDE   (22 * MM)
#define MARGIN_BOTTOM (25 * MM)

#define HEAD_SIZE    22.0
#define TITLE_SIZE   16.0
#define BODY_SIZE    12.0
#define BODY_PITCH   21.0
#define CELL_SIZE    10.0
#define CELL_PAD     4.0
#define N_CELLS      4

typedef enum {
  ITEM_LINE,
  ITEM_ROW,
  ITEM_GAP,
  ITEM_RULE,
} ItemKind;

typedef struct {
  PangoLayout *cells[N_CELLS];
  gboolean     header;
} Row;

typedef struct {
  ItemKind     kind;
  double       height;
  gboolean     keep_with_next;
  gboolean     red;
  PangoLayout *layout;     /* ITEM_LINE */
  int          line;
  double       x;
  double       baseline;
  Row         *row;        /* ITEM_ROW */
  Row         *header;     /* ITEM_ROW: the table's header, repeated on a new page */
} Item;

struct _GtInspectionReport {
  PangoContext *context;
  double        width;
  double        height;
  double        text_width;
  double        text_height;
  double        columns[N_CELLS + 1];   /* the table's edges */
  GArray       *items;        /* Item */
  GPtrArray    *rows;         /* Row * */
  GArray       *placements;   /* GtA4Placement */
  guint         n_pages;
};

/* Column widths, parts of the text's width: project, light, why, issues. */
static const double column_parts[N_CELLS] = { 0.34, 0.10, 0.34, 0.22 };

static void
row_free (gpointer data)
{
  Row *row = data;

  for (guint c = 0; c < N_CELLS; c++)
    g_clear_object (&row->cells[c]);
  g_free (row);
}

static PangoLayout *
new_layout (GtInspectionReport *self,
            const char         *family,
            double              size,
            gboolean            bold,
            double              width)
{
  return _gt_a4_doc_new_layout (self->context, family, size, bold, width);
}

static Item *
add_item (GtInspectionReport *self,
          ItemKind            kind,
          double              height)
{
  Item item = { kind, height, };

  g_array_append_val (self->items, item);
  return &g_array_index (self->items, Item, self->items->len - 1);
}

/* @text's lines, each an item of @pitch (or its own height when taller). */
static void
add_text (GtInspectionReport *self,
          const char         *text,
          const char         *family,
          double              size,
          gboolean            bold,
          PangoAlignment      align,
          double              indent_chars,
          gboolean            keep_with_next,
          gboolean            red)
{
  PangoLayout *layout = new_layout (self, family, size, bold, self->text_width);
  double pitch = MAX (size * 1.6, size == BODY_SIZE ? BODY_PITCH : 0);
  g_autoptr(GArray) lines = NULL;

  pango_layout_set_alignment (layout, align);
  pango_layout_set_indent (layout, (int) (indent_chars * size * PANGO_SCALE));
  lines = _gt_a4_doc_measure_lines (layout, text, pitch);
  for (guint i = 0; i < lines->len; i++)
    {
      GtA4Line *line = &g_array_index (lines, GtA4Line, i);
      Item *item = add_item (self, ITEM_LINE, line->height);

      item->layout = g_object_ref (layout);
      item->line = i;
      item->x = line->x;
      item->baseline = line->baseline;
      item->keep_with_next = keep_with_next;
      item->red = red;
    }
  g_object_unref (layout);
}

static void
add_paragraph (GtInspectionReport *self,
               const char         *text)
{
  add_text (self, text, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_LEFT, 2, FALSE, FALSE);
}

static void
add_gap (GtInspectionReport *self,
         double              height)
{
  add_item (self, ITEM_GAP, height);
}

static Row *
make_row (GtInspectionReport *self,
          const char *const   texts[N_CELLS],
          gboolean            header,
          double             *height)
{
  Row *row = g_new0 (Row, 1);

  *height = 0;
  row->header = header;
  for (guint c = 0; c < N_CELLS; c++)
    {
      PangoLayout *layout = new_layout (self, header ? "Sans" : "Serif", CELL_SIZE, header,
                                        self->columns[c + 1] - self->columns[c] - 2 * CELL_PAD);
      int h;

      pango_layout_set_alignment (layout, header || c == 1 ? PANGO_ALIGN_CENTER
                                                           : PANGO_ALIGN_LEFT);
      pango_layout_set_text (layout, texts[c], -1);
      pango_layout_get_size (layout, NULL, &h);
      *height = MAX (*height, (double) h / PANGO_SCALE + 2 * CELL_PAD);
      row->cells[c] = layout;
    }
  g_ptr_array_add (self->rows, row);
  return row;
}

static Row *
add_row (GtInspectionReport *self,
         const char *const   texts[N_CELLS],
         Row                *header)
{
  double height;
  Row *row = make_row (self, texts, header == NULL, &height);
  Item *item = add_item (self, ITEM_ROW, height);

  item->row = row;
  item->header = header;
  /* The header stays with the first row under it. */
  item->keep_with_next = header == NULL;
  return row;
}

/* 1, 2, 3 … as the language numbers sections: 一、二、三 in Chinese. */
static char *
section_number (guint n)
{
  /* TRANSLATORS: the numbers of a document's sections, 1 to 20, separated
   * by "|": 一|二|三|…|二十 in Chinese */
  g_auto(GStrv) words = g_strsplit (_("1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17|18|19|20"),
                                    "|", -1);

  if (n >= 1 && n <= g_strv_length (words))
    return g_strdup (words[n - 1]);
  return g_strdup_printf ("%u", n);
}

static char *
issues_text (const GtInspectionProject *project)
{
  if (project->overdue_issues == 0 && project->supervised_issues == 0)
    return g_strdup ("");
  /* TRANSLATORS: a project's open issues past their deadline, and those
   * under 督办 or 挂牌督办 */
  return g_strdup_printf (_("Overdue: %u; supervised: %u"), project->overdue_issues,
                          project->supervised_issues);
}

static void
add_projects (GtInspectionReport       *self,
              const GtInspectionLeader *leader)
{
  const char *const head[N_CELLS] = {
    _("Project"), _("Light"), _("Why It Is Behind"), _("Issues")
  };
  Row *header;

  if (leader->projects->len == 0)
    {
      add_paragraph (self, _("No project in their charge is behind or has overdue or "
                             "supervised issues."));
      return;
    }
  header = add_row (self, head, NULL);
  for (guint i = 0; i < leader->projects->len; i++)
    {
      const GtInspectionProject *project = leader->projects->pdata[i];
      g_autofree char *issues = issues_text (project);
      const char *texts[N_CELLS] = {
        project->name, gt_rag_get_label (project->rag), project->reasons, issues
      };

      add_row (self, texts, header);
    }
}

static void
add_visits (GtInspectionReport       *self,
            const GtInspectionLeader *leader)
{
  add_gap (self, BODY_SIZE * 0.4);
  if (leader->visits->len == 0)
    {
      add_paragraph (self, _("No site visit this week."));
      return;
    }
  for (guint i = 0; i < leader->visits->len; i++)
    {
      const GtInspectionVisit *visit = leader->visits->pdata[i];
      g_autofree char *date = gt_format_date (&visit->on);
      g_autoptr(GString) text = g_string_new (NULL);

      if (*visit->projects != '\0')
        /* TRANSLATORS: a visit's date, kind (现场办公) and the projects visited */
        g_string_append_printf (text, _("On %s, %s at %s."), date,
                                gt_visit_kind_get_label (visit->kind), visit->projects);
      else
        /* TRANSLATORS: a visit's date and kind, its projects since deleted */
        g_string_append_printf (text, _("On %s, %s."), date,
                                gt_visit_kind_get_label (visit->kind));
      if (*visit->decisions != '\0')
        /* TRANSLATORS: what the leader decided on site */
        g_string_append_printf (text, _(" Decided: %s"), visit->decisions);
      if (visit->n_issues > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   " %u issue assigned on the spot.",
                                                   " %u issues assigned on the spot.",
                                                   visit->n_issues),
                                visit->n_issues);
      add_paragraph (self, text->str);
    }
}

static void
build (GtInspectionReport *self,
       const GtInspection *inspection,
       const char         *office)
{
  g_autofree char *from = gt_format_date (&inspection->from);
  g_autofree char *to = gt_format_date (&inspection->to);
  g_autofree char *week = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *visits = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "The county’s leaders made %u site "
                                                          "visit,",
                                                          "The county’s leaders made %u site "
                                                          "visits,", inspection->n_visits),
                                             inspection->n_visits);
  g_autofree char *assigned = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            " assigning %u issue on the spot.",
                                                            " assigning %u issues on the spot.",
                                                            inspection->n_issues_assigned),
                                               inspection->n_issues_assigned);

  add_text (self, office, "Serif", HEAD_SIZE, TRUE, PANGO_ALIGN_CENTER, 0, TRUE, TRUE);
  add_text (self, _("Weekly Inspection Report on Key Projects"), "Serif", TITLE_SIZE, TRUE,
            PANGO_ALIGN_CENTER, 0, TRUE, FALSE);
  /* TRANSLATORS: the week reported, its Monday and Sunday: 2023年3月27日至2023年4月2日 */
  week = g_strdup_printf (_("%s to %s"), from, to);
  add_text (self, week, "Serif", BODY_SIZE, FALSE, PANGO_ALIGN_CENTER, 0, TRUE, FALSE);
  add_item (self, ITEM_RULE, 10)->keep_with_next = TRUE;
  add_gap (self, BODY_SIZE * 0.5);

  summary = g_strdup_printf (
    /* TRANSLATORS: projects with a red light, with an amber light, with
     * overdue or supervised issues; then the visits and the issues assigned
     * on the spot, in the two sentences after it */
    _("This week %u of the county’s key projects had a red light and %u an amber light, and "
      "%u had issues past their deadline or under supervision. %s%s"),
    inspection->n_red, inspection->n_amber, inspection->n_problem, visits, assigned);
  add_paragraph (self, summary);
  if (inspection->idle_leaders->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < inspection->idle_leaders->len; i++)
        {
          if (i > 0)
            g_string_append (names, C_("between the items of a list", ", "));
          g_string_append (names, inspection->idle_leaders->pdata[i]);
        }
      text = g_strdup_printf (_("Leaders with projects who were not on site this week: %s."),
                              names->str);
      add_paragraph (self, text);
    }
  if (inspection->leaders->len == 0)
    add_paragraph (self, _("No project is behind or has problems, and no leader was on site."));

  for (guint i = 0; i < inspection->leaders->len; i++)
    {
      const GtInspectionLeader *leader = inspection->leaders->pdata[i];
      g_autofree char *number = section_number (i + 1);
      g_autofree char *heading = NULL;

      heading = *leader->title != '\0'
                /* TRANSLATORS: a section's number, the leader and their post: 一、王建国（县委书记） */
                ? g_strdup_printf (_("%s. %s (%s)"), number, leader->name, leader->title)
                /* TRANSLATORS: a section's number and the leader: 一、王建国 */
                : g_strdup_printf (_("%s. %s"), number, leader->name);
      add_gap (self, BODY_SIZE * 0.8);
      add_text (self, heading, "Sans", BODY_SIZE + 1, TRUE, PANGO_ALIGN_LEFT, 0, TRUE, FALSE);
      add_item (self, ITEM_GAP, BODY_SIZE * 0.3)->keep_with_next = TRUE;
      add_projects (self, leader);
      add_visits (self, leader);
    }
}

/* What the page flow needs of an item. */
static void
item_box (gpointer  data,
          guint     i,
          GtA4Box  *box)
{
  GtInspectionReport *self = data;
  Item *item = &g_array_index (self->items, Item, i);

  box->height = item->height;
  box->keep_with_next = item->keep_with_next;
  box->gap = item->kind == ITEM_GAP;
}

/* A table's header row, as an item placed again at the top of a new page: its
 * index in items, found by its row. */
static guint
header_item (gpointer data,
             guint    i)
{
  GtInspectionReport *self = data;
  Row *header = g_array_index (self->items, Item, i).header;

  if (g_array_index (self->items, Item, i).kind != ITEM_ROW || header == NULL)
    return G_MAXUINT;
  for (guint h = 0; h < self->items->len; h++)
    if (g_array_index (self->items, Item, h).row == header)
      return h;
  g_return_val_if_reached (G_MAXUINT);
}

static void
paginate (GtInspectionReport *self)
{
  self->n_pages = _gt_a4_doc_paginate (self->items->len, self->text_height, item_box,
                                       header_item, self, self->placements);
}

static void
draw_row (GtInspectionReport *self,
          cairo_t            *cr,
          Row                *row,
          double              y,
          double              height)
{
  cairo_set_line_width (cr, 0.6);
  for (guint c = 0; c < N_CELLS; c++)
    {
      double x = self->columns[c], w = self->columns[c + 1] - x;

      if (row->header)
        {
          cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
          cairo_rectangle (cr, x, y, w, height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, x, y, w, height);
      cairo_stroke (cr);
      cairo_move_to (cr, x + CELL_PAD, y + CELL_PAD);
      pango_cairo_show_layout (cr, row->cells[c]);
    }
}

static void
draw_page (gpointer  data,
           cairo_t  *cr,
           guint     index)
{
  GtInspectionReport *self = data;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_SIDE, MARGIN_TOP);
  for (guint i = 0; i < self->placements->len; i++)
    {
      GtA4Placement *placement = &g_array_index (self->placements, GtA4Placement, i);
      Item *item = &g_array_index (self->items, Item, placement->item);

      if (placement->page != index)
        continue;
      switch (item->kind)
        {
        case ITEM_LINE:
          _gt_a4_doc_draw_line (cr, item->layout, item->line, item->x,
                                placement->y + item->baseline, item->red);
          break;
        case ITEM_ROW:
          draw_row (self, cr, item->row, placement->y, item->height);
          break;
        case ITEM_RULE:
          _gt_a4_doc_draw_rule (cr, placement->y + item->height / 2, self->text_width);
          break;
        case ITEM_GAP:
        default:
          break;
        }
    }
  cairo_restore (cr);
  /* A one-page report carries no page number, as offices print it. */
  if (self->n_pages > 1)
    _gt_a4_doc_draw_page_number (cr, self->context, BODY_SIZE, self->width,
                                 self->height - MARGIN_BOTTOM + 8 * MM, index);
}

GtInspectionReport *
gt_inspection_report_new (const GtInspection *inspection,
                          const char         *office_name)
{
  GtInspectionReport *self;
  double x = 0;

  g_return_val_if_fail (inspection != NULL, NULL);

  self = g_new0 (GtInspectionReport, 1);
  self->context = _gt_a4_doc_new_context ();

  gt_paper_get_size (GT_PAPER_A4, FALSE, &self->width, &self->height);
  self->text_width = self->width - 2 * MARGIN_SIDE;
  self->text_height = self->height - MARGIN_TOP - MARGIN_BOTTOM;
  for (guint c = 0; c < N_CELLS; c++)
    {
      self->columns[c] = x;
      x += column_parts[c] * self->text_width;
    }
  self->columns[N_CELLS] = self->text_width;
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->placements = g_array_new (FALSE, FALSE, sizeof (GtA4Placement));

  build (self, inspection,
         office_name != NULL && *office_name != '\0'
         ? office_name
         /* TRANSLATORS: the office's name when Preferences give none */
         : _("Key Project Office"));
  paginate (self);
  return self;
}

void
gt_inspection_report_free (GtInspectionReport *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->items->len; i++)
    g_clear_object (&g_array_index (self->items, Item, i).layout);
  g_array_unref (self->items);
  g_ptr_array_unref (self->rows);
  g_array_unref (self->placements);
  g_object_unref (self->context);
  g_free (self);
}

guint
gt_inspection_report_get_n_pages (GtInspectionReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_pages;
}

void
gt_inspection_report_get_doc (GtInspectionReport *self,
                              GtExportDoc        *doc)
{
  g_return_if_fail (self != NULL && doc != NULL);

  doc->width = self->width;
  doc->height = self->height;
  doc->n_pages = self->n_pages;
  doc->draw_page = draw_page;
  doc->data = self;
  doc->register_path = NULL;
}

gboolean
gt_inspection_report_write_pdf (GtStore           *store,
                                const GDate       *day,
                                const GtRagRules  *rules,
                                const char        *office_name,
                                const char        *path,
                                guint             *n_pages,
                                GError           **error)
{
  g_autoptr(GtInspection) inspection = NULL;
  g_autoptr(GtInspectionReport) report = NULL;
  GtExportDoc doc;

  g_return_val_if_fail (GT_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  inspection = gt_inspection_new (store, day, rules, error);
  if (inspection == NULL)
    return FALSE;
  report = gt_inspection_report_new (inspection, office_name);
  gt_inspection_report_get_doc (report, &doc);
  doc.register_path = gt_store_get_path (store);
  if (n_pages != NULL)
    *n_pages = doc.n_pages;
  return gt_export_write_pdf (&doc, path, error);
}
