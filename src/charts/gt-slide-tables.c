/* gt-slide-tables.c: the slides of the monthly meeting that are tables.
 *
 * The sections' projects, the overdue issues, the red list and the
 * localities, with how many lines of each fit a slide. One line a row where
 * the list is long, so that a month fits in thirty slides, in type no smaller
 * than GT_SLIDE_MIN_TEXT; the frame, the text and the status marks are drawn
 * by gt-slide-draw.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-slide-private.h"

/* The room under a table's header for its lines. */
#define TABLE_SPACE (GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_HEAD - GT_SLIDE_FOOTER - 10)
/* The least type, 26, needs about 38 units a line; a little air between. */
#define LOCALITY_LINE_MIN 41.0

typedef struct {
  const char   *title;
  double        share;     /* of the width after the fixed columns; 0 for fixed */
  double        fixed;
  GtSlideAlign  align;     /* of the header; figures are set right */
  const char   *context;   /* of the title's translation, NULL for none */
} TableColumn;

#define SLIDE_TABLE "slide table"

static const char *
column_title (const TableColumn *column)
{
  return column->context != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, column->context, column->title)
                                 : _(column->title);
}

static void
column_positions (const TableColumn *columns,
                  guint              n_columns,
                  double             width,
                  double            *x,
                  double            *w)
{
  double fixed = 0, left = GT_SLIDE_MARGIN;

  for (guint i = 0; i < n_columns; i++)
    fixed += columns[i].fixed;
  for (guint i = 0; i < n_columns; i++)
    {
      x[i] = left;
      w[i] = columns[i].fixed > 0 ? columns[i].fixed
                                  : columns[i].share * (width - 2 * GT_SLIDE_MARGIN - fixed);
      left += w[i];
    }
}

static void
draw_table_head (cairo_t              *cr,
                 const TableColumn    *columns,
                 guint                 n_columns,
                 const double         *x,
                 const double         *w,
                 double                width,
                 const GtSlidePalette *palette)
{
  _gt_slide_set_colour (cr, palette->head);
  cairo_rectangle (cr, GT_SLIDE_MARGIN, GT_SLIDE_TOP, width - 2 * GT_SLIDE_MARGIN,
                   GT_SLIDE_HEAD);
  cairo_fill (cr);
  for (guint i = 0; i < n_columns; i++)
    if (columns[i].title != NULL)
      _gt_slide_draw_text (cr, column_title (&columns[i]), x[i] + 12, GT_SLIDE_TOP + 14, w[i] - 24,
                           28, TRUE, columns[i].align, palette->fg, 1);
}

/* Lays the columns out across the slide and draws their header; @x and @w
 * receive where each column is. */
static void
draw_table (cairo_t              *cr,
            const TableColumn    *columns,
            guint                 n_columns,
            double                width,
            const GtSlidePalette *palette,
            double               *x,
            double               *w)
{
  column_positions (columns, n_columns, width, x, w);
  draw_table_head (cr, columns, n_columns, x, w, width, palette);
}

static double
row_top (guint row)
{
  return GT_SLIDE_TOP + GT_SLIDE_HEAD + row * GT_SLIDE_ROW;
}

static double
line_top (guint  row,
          double line)
{
  return GT_SLIDE_TOP + GT_SLIDE_HEAD + row * line;
}

static void
draw_band (cairo_t              *cr,
           guint                 row,
           double                y,
           double                height,
           double                width,
           const GtSlidePalette *palette)
{
  if (row % 2 == 1)
    {
      _gt_slide_set_colour (cr, palette->stripe);
      cairo_rectangle (cr, GT_SLIDE_MARGIN, y, width - 2 * GT_SLIDE_MARGIN, height);
      cairo_fill (cr);
    }
}

static void
draw_stripe (cairo_t              *cr,
             guint                 row,
             double                width,
             const GtSlidePalette *palette)
{
  draw_band (cr, row, row_top (row), GT_SLIDE_ROW, width, palette);
}

/* Text on line @row of a one-line table, in the middle of it. */
static void
draw_cell_in (cairo_t              *cr,
              const char           *text,
              guint                 row,
              double                line,
              double                x,
              double                w,
              gboolean              bold,
              GtSlideAlign          align,
              const double          rgb[3])
{
  /* Lines closer than the usual take the least type. */
  double size = line >= GT_SLIDE_LINE ? GT_SLIDE_TEXT : GT_SLIDE_MIN_TEXT;
  double y = line_top (row, line) + (line - size * 1.25) / 2;

  _gt_slide_draw_text (cr, text, x + 12, y, w - 24, size, bold, align, rgb, 1);
}

static void
draw_cell (cairo_t              *cr,
           const char           *text,
           guint                 row,
           double                x,
           double                w,
           gboolean              bold,
           GtSlideAlign          align,
           const double          rgb[3])
{
  draw_cell_in (cr, text, row, GT_SLIDE_LINE, x, w, bold, align, rgb);
}

/* "… and 12 more, in the register" on the line after a cut list. */
static void
draw_more (cairo_t              *cr,
           const GtSlide        *slide,
           double                width,
           const GtSlidePalette *palette)
{
  g_autofree char *more = NULL;

  if (slide->more == 0)
    return;
  more = g_strdup_printf (ngettext ("… and %u more, not shown to keep the meeting short",
                                    "… and %u more, not shown to keep the meeting short",
                                    slide->more), slide->more);
  draw_cell (cr, more, slide->count, GT_SLIDE_MARGIN, width - 2 * GT_SLIDE_MARGIN, FALSE,
             GT_SLIDE_ALIGN_LEFT, palette->dim);
}

static void
draw_completion (cairo_t              *cr,
                 const GtBriefingLine *line,
                 double                x,
                 double                y,
                 double                w,
                 const GtSlidePalette *palette)
{
  g_autofree char *percent = gt_format_percent (line->completion);
  double bar = w - 150;

  _gt_slide_set_colour (cr, palette->rule);
  cairo_rectangle (cr, x, y + 40, bar, 20);
  cairo_fill (cr);
  if (line->completion > 0)
    {
      _gt_slide_set_colour (cr, palette->rag[line->rag]);
      cairo_rectangle (cr, x, y + 40, bar * MIN (line->completion, 1.0), 20);
      cairo_fill (cr);
    }
  _gt_slide_draw_text (cr, percent, x + bar + 12, y + 30, 138, 30, TRUE, GT_SLIDE_ALIGN_LEFT,
                       palette->fg, 1);
}

void
_gt_slide_draw_section (GtSlideDeck          *deck,
                        const GtSlide        *slide,
                        cairo_t              *cr,
                        double                width,
                        const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Status"), 0, 110 },
    { N_("Project"), 0.30, 0 },
    { N_("Investment Completed"), 0.22, 0 },
    { N_("Progress This Month"), 0.26, 0 },
    { N_("Problems"), 0.22, 0 },
  };
  GtBriefingSection *section = slide->data;
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];

  _gt_slide_draw_frame (deck, slide, cr, width, palette);
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      GtBriefingLine *line = g_ptr_array_index (section->lines, slide->first + row);
      double y = row_top (row);

      draw_stripe (cr, row, width, palette);
      _gt_slide_draw_mark (cr, line->rag, x[0] + w[0] / 2, y + GT_SLIDE_ROW / 2, 36, palette);
      _gt_slide_draw_text (cr, line->name, x[1] + 12, y + 14, w[1] - 24, 30, TRUE,
                           GT_SLIDE_ALIGN_LEFT, palette->fg, 2);
      draw_completion (cr, line, x[2] + 12, y, w[2] - 24, palette);
      _gt_slide_draw_text (cr, line->progress_note, x[3] + 12, y + 12, w[3] - 24, 26, FALSE,
                           GT_SLIDE_ALIGN_LEFT, palette->fg, 2);
      _gt_slide_draw_text (cr, line->problems, x[4] + 12, y + 12, w[4] - 24, 26, FALSE,
                           GT_SLIDE_ALIGN_LEFT, palette->fg, 2);
    }
}

/* A list with nothing in it says so, in the colour of good news. */
static void
draw_empty (cairo_t              *cr,
            const char           *message,
            double                width,
            const GtSlidePalette *palette)
{
  _gt_slide_draw_text (cr, message, GT_SLIDE_MARGIN, 480, width - 2 * GT_SLIDE_MARGIN, 56, TRUE,
                       GT_SLIDE_ALIGN_CENTER, palette->rag[GT_RAG_GREEN], 2);
}

void
_gt_slide_draw_overdue (GtSlideDeck          *deck,
                        const GtSlide        *slide,
                        cairo_t              *cr,
                        double                width,
                        const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Project"), 0.34, 0 },
    { N_("Issue"), 0.40, 0 },
    { N_("Assigned To"), 0.26, 0 },
    { N_("Deadline"), 0, 220 },
    { N_("Overdue"), 0, 150, GT_SLIDE_ALIGN_RIGHT },
  };
  GPtrArray *issues = deck->briefing->overdue_issues;
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];

  _gt_slide_draw_frame (deck, slide, cr, width, palette);

  if (issues->len == 0)
    {
      draw_empty (cr, _("No issue is overdue this month."), width, palette);
      return;
    }

  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      GtBriefingIssue *issue = g_ptr_array_index (issues, slide->first + row);
      g_autofree char *deadline = gt_format_date (&issue->deadline);
      g_autofree char *days = g_strdup_printf (ngettext ("%d day", "%d days",
                                                         issue->days_overdue),
                                               issue->days_overdue);

      draw_band (cr, row, line_top (row, GT_SLIDE_LINE), GT_SLIDE_LINE, width, palette);
      draw_cell (cr, issue->project_name, row, x[0], w[0], TRUE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, issue->description, row, x[1], w[1], FALSE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, issue->unit_name, row, x[2], w[2], FALSE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, deadline, row, x[3], w[3], FALSE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, days, row, x[4], w[4], TRUE, GT_SLIDE_ALIGN_RIGHT, palette->rag[GT_RAG_RED]);
    }
  draw_more (cr, slide, width, palette);
}

static const char *
group_header (GtBriefingGrouping grouping)
{
  switch (grouping)
    {
    case GT_BRIEFING_BY_UNIT:
      return NC_("group by", "Responsible Unit");
    case GT_BRIEFING_BY_LEADER:
      return NC_("group by", "Leader");
    case GT_BRIEFING_BY_LOCALITY:
    case GT_N_BRIEFING_GROUPINGS:
    default:
      return NC_("group by", "Locality");
    }
}

/* The red list: red before amber, each the furthest behind first. */
void
_gt_slide_draw_red_list (GtSlideDeck          *deck,
                         const GtSlide        *slide,
                         cairo_t              *cr,
                         double                width,
                         const GtSlidePalette *palette)
{
  TableColumn columns[] = {
    { N_("Status"), 0, 110 },
    { N_("Project"), 0.46, 0 },
    { NULL, 0.20, 0 },
    { NC_("slide table", "Completion"), 0, 150, GT_SLIDE_ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Behind Target"), 0, 240, GT_SLIDE_ALIGN_RIGHT, SLIDE_TABLE },
    { N_("Problems"), 0.37, 0 },
  };
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];
  gboolean problems = FALSE;

  _gt_slide_draw_frame (deck, slide, cr, width, palette);

  if (deck->red_list->len == 0)
    {
      draw_empty (cr, _("No project is red or amber this month."), width, palette);
      return;
    }

  columns[2].title = group_header (deck->briefing->grouping);
  columns[2].context = "group by";
  /* A slide without problems to show gives their room to the names. */
  for (guint row = 0; row < slide->count && !problems; row++)
    problems = *g_array_index (deck->red_list, GtSlideLag, slide->first + row).line->problems;
  columns[1].share = problems ? 0.45 : 0.70;
  columns[2].share = problems ? 0.18 : 0.30;
  if (!problems)
    columns[5] = (TableColumn) { NULL, 0, 0 };
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);

  for (guint row = 0; row < slide->count; row++)
    {
      const GtSlideLag *lag = &g_array_index (deck->red_list, GtSlideLag, slide->first + row);
      const GtBriefingLine *line = lag->line;
      g_autofree char *completion = gt_format_percent (line->completion);
      /* Translators: percentage points behind 序时进度, as "12.5 pts". */
      g_autofree char *behind = lag->behind > 0 ? g_strdup_printf (_("%.1f pts"), lag->behind)
                                                : g_strdup ("—");
      double y = line_top (row, GT_SLIDE_LINE);

      draw_band (cr, row, y, GT_SLIDE_LINE, width, palette);
      _gt_slide_draw_mark (cr, line->rag, x[0] + w[0] / 2, y + GT_SLIDE_LINE / 2, 32, palette);
      draw_cell (cr, line->name, row, x[1], w[1], TRUE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, lag->group, row, x[2], w[2], FALSE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell (cr, completion, row, x[3], w[3], FALSE, GT_SLIDE_ALIGN_RIGHT, palette->fg);
      draw_cell (cr, behind, row, x[4], w[4], TRUE, GT_SLIDE_ALIGN_RIGHT, palette->rag[line->rag]);
      if (problems)
        draw_cell (cr, line->problems, row, x[5], w[5], FALSE, GT_SLIDE_ALIGN_LEFT, palette->fg);
    }
  draw_more (cr, slide, width, palette);
}

/* One line a locality: its projects, how many of those due to start have,
 * the year plan completed, and its lights; the total last. */
void
_gt_slide_draw_localities (GtSlideDeck          *deck,
                           const GtSlide        *slide,
                           cairo_t              *cr,
                           double                width,
                           const GtSlidePalette *palette)
{
  static const TableColumn columns[] = {
    { N_("Locality"), 1, 0 },
    { NC_("slide table", "Projects"), 0, 170, GT_SLIDE_ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Started"), 0, 220, GT_SLIDE_ALIGN_RIGHT, SLIDE_TABLE },
    { NC_("slide table", "Completion"), 0, 200, GT_SLIDE_ALIGN_RIGHT, SLIDE_TABLE },
    { NULL, 0, 130, GT_SLIDE_ALIGN_RIGHT },
    { NULL, 0, 130, GT_SLIDE_ALIGN_RIGHT },
    { NULL, 0, 130, GT_SLIDE_ALIGN_RIGHT },
  };
  double x[G_N_ELEMENTS (columns)], w[G_N_ELEMENTS (columns)];
  double line = _gt_slide_locality_line (deck->localities->len + 1);

  _gt_slide_draw_frame (deck, slide, cr, width, palette);
  draw_table (cr, columns, G_N_ELEMENTS (columns), width, palette, x, w);
  /* The lights' columns are headed by their marks, red first as on the list. */
  for (int i = 0; i < GT_N_RAGS; i++)
    _gt_slide_draw_mark (cr, GT_RAG_RED - i, x[4 + i] + w[4 + i] - 12 - 16, GT_SLIDE_TOP +
                         GT_SLIDE_HEAD / 2, 30, palette);

  for (guint row = 0; row < slide->count; row++)
    {
      guint index = slide->first + row;
      gboolean is_total = index >= deck->localities->len;
      const GtFiguresGroup *group = is_total ? &deck->briefing->figures->total
                                             : g_ptr_array_index (deck->localities, index);
      g_autofree char *projects = g_strdup_printf ("%u", group->projects);
      g_autofree char *started = g_strdup_printf ("%u / %u", group->started, group->to_start);
      g_autofree char *completion = gt_format_percent (gt_figures_group_completion_rate (group));
      double y = line_top (row, line);

      draw_band (cr, row, y, line, width, palette);
      if (is_total)
        {
          _gt_slide_set_colour (cr, palette->rule);
          cairo_rectangle (cr, GT_SLIDE_MARGIN, y, width - 2 * GT_SLIDE_MARGIN, 2);
          cairo_fill (cr);
        }
      draw_cell_in (cr, is_total ? C_("slide table", "Total") : group->name, row, line, x[0],
                    w[0], TRUE, GT_SLIDE_ALIGN_LEFT, palette->fg);
      draw_cell_in (cr, projects, row, line, x[1], w[1], is_total, GT_SLIDE_ALIGN_RIGHT,
                    palette->fg);
      draw_cell_in (cr, started, row, line, x[2], w[2], is_total, GT_SLIDE_ALIGN_RIGHT,
                    palette->fg);
      draw_cell_in (cr, completion, row, line, x[3], w[3], is_total, GT_SLIDE_ALIGN_RIGHT,
                    palette->fg);
      for (int i = 0; i < GT_N_RAGS; i++)
        {
          g_autofree char *count = g_strdup_printf ("%u", group->by_rag[GT_RAG_RED - i]);

          draw_cell_in (cr, count, row, line, x[4 + i], w[4 + i], TRUE, GT_SLIDE_ALIGN_RIGHT,
                        palette->fg);
        }
    }
}

/* Pages */

guint
_gt_slide_rows_per_page (void)
{
  return (guint) ((GT_SLIDE_HEIGHT - GT_SLIDE_TOP - GT_SLIDE_HEAD - GT_SLIDE_FOOTER - 10) /
                  GT_SLIDE_ROW);
}

guint
_gt_slide_lines_per_page (void)
{
  return (guint) (TABLE_SPACE / GT_SLIDE_LINE);
}

/* The localities are one table to be taken in at a glance: closer lines, of
 * the least type, keep a county's eighteen or so on one slide. */
double
_gt_slide_locality_line (guint n_lines)
{
  if (n_lines <= _gt_slide_lines_per_page ())
    return GT_SLIDE_LINE;
  return MAX (TABLE_SPACE / n_lines, LOCALITY_LINE_MIN);
}

guint
_gt_slide_locality_lines_per_page (guint n_lines)
{
  return (guint) (TABLE_SPACE / _gt_slide_locality_line (n_lines));
}
