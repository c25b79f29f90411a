/* gt-docx-writer.h: a small writer of Word documents (DOCX, Office Open XML)
 * for the office's documents to edit in WPS or Word: paragraphs with their
 * fonts (the East Asian one named apart, w:eastAsia), tables with borders, an
 * A4 page with its margins and a page number at the foot.
 *
 * Debian has no DOCX library for C: the parts are written with libxml2's
 * xmlTextWriter and zipped with libzip in memory, then reach the disk through
 * gt-export-file.h like every export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  GT_DOCX_ALIGN_LEFT,
  GT_DOCX_ALIGN_CENTER,
  GT_DOCX_ALIGN_RIGHT,
  GT_DOCX_ALIGN_BOTH,        /* justified, as Chinese body text is set */
} GtDocxAlign;

typedef struct {
  const char  *east_asian_font;  /* 仿宋, 黑体…; NULL: the document's default */
  const char  *latin_font;       /* NULL: the document's default */
  double       size;             /* points; 0: the default */
  gboolean     bold;
  const char  *color;            /* "C00000"; NULL: automatic */
  GtDocxAlign  align;
  double       first_line_chars; /* first-line indent, in characters */
  double       right_chars;      /* right indent, in characters */
  double       line_pitch;       /* exact line height, points; 0: single */
  double       space_before;     /* points */
  double       space_after;
  gboolean     keep_with_next;
  const char  *rule_below;       /* a rule under the paragraph in this colour */
} GtDocxStyle;

typedef struct _GtDocxWriter GtDocxWriter;

/* A new A4 portrait document whose text is @east_asian_font and @latin_font
 * at @size points unless a paragraph says otherwise. */
GtDocxWriter *gt_docx_writer_new            (const char         *east_asian_font,
                                             const char         *latin_font,
                                             double              size);
void          gt_docx_writer_free           (GtDocxWriter       *self);
/* Margins in millimetres. */
void          gt_docx_writer_set_margins    (GtDocxWriter       *self,
                                             double              top,
                                             double              right,
                                             double              bottom,
                                             double              left);
/* "— 1 —" centred at the foot of every page in @style's font. */
void          gt_docx_writer_set_page_numbers (GtDocxWriter     *self,
                                             const GtDocxStyle  *style);
/* A paragraph; a line break in @text stays one. */
void          gt_docx_writer_add_paragraph  (GtDocxWriter       *self,
                                             const char         *text,
                                             const GtDocxStyle  *style);
/* A table across the text's width, single borders, columns as wide as
 * @widths (relative) say. The first row added is its header, repeated on
 * every page. */
void          gt_docx_writer_begin_table    (GtDocxWriter       *self,
                                             guint               n_columns,
                                             const guint        *widths);
/* One row of n_columns cells; @right: the columns set to the right (NULL:
 * none). Cells take @style. */
void          gt_docx_writer_add_row        (GtDocxWriter       *self,
                                             const char *const  *cells,
                                             const gboolean     *right,
                                             const GtDocxStyle  *style);
void          gt_docx_writer_end_table      (GtDocxWriter       *self);
/* The document as a DOCX file at @path, not over the register at
 * @register_path. The writer can write only once. */
gboolean      gt_docx_writer_write          (GtDocxWriter       *self,
                                             const char         *path,
                                             const char         *register_path,
                                             GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtDocxWriter, gt_docx_writer_free)

G_END_DECLS
