/* gt-docx-private.h: the pieces gt-docx-writer.c builds a Word document of
 * (gt-docx-parts.c): WordprocessingML elements written in the schema's order,
 * and the zip. For src/export only.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlwriter.h>

#include "gt-docx-writer.h"

G_BEGIN_DECLS

void    _gt_docx_start                      (xmlTextWriterPtr    xml,
                                             const char         *name);
void    _gt_docx_end                        (xmlTextWriterPtr    xml);
void    _gt_docx_attribute                  (xmlTextWriterPtr    xml,
                                             const char         *name,
                                             const char         *value);
void    _gt_docx_attribute_int              (xmlTextWriterPtr    xml,
                                             const char         *name,
                                             int                 value);
/* <name w:val="value"/> */
void    _gt_docx_element_val                (xmlTextWriterPtr    xml,
                                             const char         *name,
                                             const char         *value);
void    _gt_docx_element_val_int            (xmlTextWriterPtr    xml,
                                             const char         *name,
                                             int                 value);
/* w:rPr for @style: fonts, bold, colour, size. */
void    _gt_docx_write_run_properties       (xmlTextWriterPtr    xml,
                                             const GtDocxStyle  *style);
/* w:pPr for @style; indents in characters count @default_size when @style
 * has no size of its own. */
void    _gt_docx_write_paragraph_properties (xmlTextWriterPtr    xml,
                                             const GtDocxStyle  *style,
                                             double              default_size);
/* A w:r of @text in @style: characters XML cannot hold dropped, tabs as
 * spaces, line breaks as w:br. */
void    _gt_docx_write_text_runs            (xmlTextWriterPtr    xml,
                                             const char         *text,
                                             const GtDocxStyle  *style);
/* @n_parts files named @names with the contents @parts, zipped in memory. */
GBytes *_gt_docx_zip_parts                  (const char *const  *names,
                                             GBytes            **parts,
                                             guint               n_parts,
                                             GError            **error);

G_END_DECLS
