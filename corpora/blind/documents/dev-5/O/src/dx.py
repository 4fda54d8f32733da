"""Small helpers for building draft review .docx files (python-docx 1.2 + lxml)."""
import datetime
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

class Doc:
    def __init__(self, styled=True):
        self.d = Document()
        self.styled = styled
        st = self.d.styles['Normal']
        st.font.name = 'Arial'
        st.font.size = Pt(11)
        self._rid = 100

    # ---------- text ----------
    def h(self, text, level=1):
        if self.styled:
            return self.d.add_heading(text, level=level)
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        if level == 1:
            r.font.size = Pt(13)
        return p

    def title(self, text, size=18):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def p(self, text="", bold=False, italic=False, style=None):
        p = self.d.add_paragraph(style=style)
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
        return p

    def bullets(self, items, numbered=False):
        st = 'List Number' if numbered else 'List Bullet'
        out = []
        for it in items:
            out.append(self.d.add_paragraph(it, style=st))
        return out

    def box(self, text, label=None):
        """A one-cell shaded table used as a 'recommendation box'."""
        t = self.d.add_table(rows=1, cols=1)
        t.style = 'Table Grid'
        c = t.rows[0].cells[0]
        c.paragraphs[0].text = ''
        if label:
            r = c.paragraphs[0].add_run(label + ' ')
            r.bold = True
        c.paragraphs[0].add_run(text)
        tcPr = c._tc.get_or_add_tcPr()
        shd = OxmlElement('w:shd')
        shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), 'E7EEF7')
        tcPr.append(shd)
        self.d.add_paragraph()
        return t

    def table(self, header, rows, widths=None):
        t = self.d.add_table(rows=1, cols=len(header))
        t.style = 'Table Grid'
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.paragraphs[0].text = ''
            r = c.paragraphs[0].add_run(h); r.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        self.d.add_paragraph()
        return t

    # ---------- word features ----------
    def _field(self, run, instr):
        f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
        it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
        f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'separate')
        t = OxmlElement('w:t'); t.text = '1'
        f3 = OxmlElement('w:fldChar'); f3.set(qn('w:fldCharType'), 'end')
        for e in (f1, it, f2, t, f3):
            run._r.append(e)

    def header_footer(self, header_text, footer_text, page_numbers=True):
        sec = self.d.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if page_numbers:
            fp.add_run('   Page ')
            self._field(fp.add_run(), 'PAGE')
            fp.add_run(' of ')
            self._field(fp.add_run(), 'NUMPAGES')

    def props(self, title, subject, keywords, author='LCSPR Workstream', comments='', category=''):
        cp = self.d.core_properties
        cp.title = title; cp.subject = subject; cp.keywords = keywords
        cp.author = author; cp.last_modified_by = author
        cp.comments = comments; cp.category = category
        cp.created = datetime.datetime(2024, 1, 1, 9, 0, 0)
        cp.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)

    def comment(self, para, text, author, initials):
        runs = para.runs
        return self.d.add_comment(runs, text=text, author=author, initials=initials)

    def hyperlink(self, para, text, url):
        part = para.part
        r_id = part.relate_to(url, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink', is_external=True)
        hl = OxmlElement('w:hyperlink'); hl.set(qn('r:id'), r_id)
        r = OxmlElement('w:r'); rPr = OxmlElement('w:rPr')
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rPr.append(u)
        col = OxmlElement('w:color'); col.set(qn('w:val'), '0563C1'); rPr.append(col)
        r.append(rPr)
        t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t)
        hl.append(r)
        para._p.append(hl)
        return hl

    def tracked(self, parts, author='Workstream Editor', date='2024-01-01T09:00:00Z'):
        """parts: list of (kind, text) with kind in 'n' (normal), 'ins', 'del'."""
        p = self.d.add_paragraph()
        for kind, text in parts:
            if kind == 'n':
                p.add_run(text)
                continue
            self._rid += 1
            w = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
            w.set(qn('w:id'), str(self._rid)); w.set(qn('w:author'), author); w.set(qn('w:date'), date)
            r = OxmlElement('w:r')
            t = OxmlElement('w:t' if kind == 'ins' else 'w:delText')
            t.set(qn('xml:space'), 'preserve'); t.text = text
            r.append(t); w.append(r); p._p.append(w)
        return p

    def pagebreak(self):
        from docx.enum.text import WD_BREAK
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path):
        self.d.save(path)
