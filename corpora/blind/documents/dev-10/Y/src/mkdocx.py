"""Small markup -> .docx builder for the Y-set drafts.

Markup (one block per line, blank lines ignored):
  # text          Heading 1 (styled) / bold ALL-CAPS Normal paragraph (unstyled)
  ## text         Heading 2 (styled) / bold Normal paragraph (unstyled)
  - text          bullet (List Bullet style) ; '1. text' kept as typed
  | a | b | c     table row (first row of a run = header, bold)
  > text          indented quotation (italic)
  anything else   Normal paragraph
Inline tokens inside a paragraph or table cell:
  {{DEL:text}}             tracked deletion
  {{INS:text}}             tracked insertion
  {{C:anchor^^comment}}    comment on 'anchor'
  {{L:url^^text}}          hyperlink
  **text**                 bold run
"""
import re
import datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TOKEN = re.compile(r"(\{\{(?:DEL|INS|C|L):.*?\}\}|\*\*.*?\*\*)")
_rev = [100]


class Builder:
    def __init__(self, styled=True, rev_author="LCSPR Workstream",
                 comment_author="Workstream member", comment_initials="WM"):
        self.doc = Document()
        self.styled = styled
        self.rev_author = rev_author
        self.comment_author = comment_author
        self.comment_initials = comment_initials
        st = self.doc.styles["Normal"]
        st.font.name = "Arial"
        st.font.size = Pt(11)
        self._table_rows = []

    # ---------- document furniture ----------
    def props(self, **kw):
        cp = self.doc.core_properties
        for k, v in kw.items():
            setattr(cp, k, v)

    def header_footer(self, header_text, footer_text, page_numbers=True):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if page_numbers:
            fp.add_run("   Page ")
            self._field(fp, "PAGE")
            fp.add_run(" of ")
            self._field(fp, "NUMPAGES")

    def _field(self, p, instr):
        r = p.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        for el in (b, i, s, t, e):
            r._r.append(el)

    # ---------- inline content ----------
    def _runs(self, p, text):
        for part in TOKEN.split(text):
            if not part:
                continue
            if part.startswith("{{DEL:"):
                self._tracked(p, part[6:-2], "del")
            elif part.startswith("{{INS:"):
                self._tracked(p, part[6:-2], "ins")
            elif part.startswith("{{C:"):
                anchor, comment = part[4:-2].split("^^", 1)
                run = p.add_run(anchor)
                self.doc.add_comment([run], text=comment, author=self.comment_author,
                                     initials=self.comment_initials)
            elif part.startswith("{{L:"):
                url, label = part[4:-2].split("^^", 1)
                self._link(p, url, label)
            elif part.startswith("**"):
                p.add_run(part[2:-2]).bold = True
            else:
                p.add_run(part)

    def _tracked(self, p, text, kind):
        _rev[0] += 1
        el = OxmlElement("w:" + kind)
        el.set(qn("w:id"), str(_rev[0]))
        el.set(qn("w:author"), self.rev_author)
        el.set(qn("w:date"), "2024-05-20T10:00:00Z")
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        el.append(r)
        p._p.append(el)

    def _link(self, p, url, label):
        rid = p.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
        h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
        r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
        u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
        c = OxmlElement("w:color"); c.set(qn("w:val"), "0563C1"); rpr.append(c)
        r.append(rpr)
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = label
        r.append(t); h.append(r); p._p.append(h)

    # ---------- blocks ----------
    def heading(self, text, level):
        if self.styled:
            p = self.doc.add_paragraph(style="Heading %d" % level)
            self._runs(p, text)
        else:
            p = self.doc.add_paragraph()
            r = p.add_run(text.upper() if level == 1 else text)
            r.bold = True
            if level == 1:
                r.font.size = Pt(12)
        return p

    def para(self, text, style=None):
        p = self.doc.add_paragraph(style=style) if style else self.doc.add_paragraph()
        self._runs(p, text)
        return p

    def flush_table(self):
        if not self._table_rows:
            return
        rows = self._table_rows
        ncol = max(len(r) for r in rows)
        t = self.doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j in range(ncol):
                txt = row[j] if j < len(row) else ""
                p = cells[j].paragraphs[0]
                if i == 0:
                    p.add_run(txt).bold = True
                else:
                    self._runs(p, txt)
        self.doc.add_paragraph()
        self._table_rows = []

    def markup(self, text):
        for line in text.splitlines():
            s = line.strip()
            if s.startswith("|"):
                self._table_rows.append([c.strip() for c in s.strip("|").split("|")])
                continue
            self.flush_table()
            if not s:
                continue
            if s.startswith("## "):
                self.heading(s[3:], 2)
            elif s.startswith("# "):
                self.heading(s[2:], 1)
            elif s.startswith("- "):
                self.para(s[2:], style="List Bullet")
            elif s.startswith("> "):
                p = self.para("")
                p.paragraph_format.left_indent = Cm(1.2)
                self._runs(p, s[2:])
                for r in p.runs:
                    r.italic = True
            elif s == "[PAGEBREAK]":
                self.doc.add_page_break()
            else:
                self.para(s)
        self.flush_table()

    def save(self, path):
        self.doc.save(path)
