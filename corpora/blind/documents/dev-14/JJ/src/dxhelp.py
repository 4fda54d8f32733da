"""Small markup -> .docx builder used for the JJ drafts.

Markup (one block per paragraph, blocks separated by blank lines):
  # Heading 1            ## Heading 2
  - bullet item          1) numbered-looking item (kept as typed)
  | a | b | c |          table rows (first row = header row)
  Inline: {+ins+} tracked insertion, {-del-} tracked deletion,
          [[anchor||comment text]] comment, <<visible|url>> hyperlink,
          **bold** runs.
"""
import re, datetime
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT

TOKEN = re.compile(r"(\{\+.*?\+\}|\{-.*?-\}|\[\[.*?\]\]|<<.*?>>|\*\*.*?\*\*)", re.S)
_id = [100]

def _nid():
    _id[0] += 1
    return str(_id[0])

def _run_el(text, deleted=False, bold=False):
    r = OxmlElement('w:r')
    if bold:
        rpr = OxmlElement('w:rPr'); b = OxmlElement('w:b'); rpr.append(b); r.append(rpr)
    t = OxmlElement('w:delText' if deleted else 'w:t')
    t.set(qn('xml:space'), 'preserve'); t.text = text
    r.append(t)
    return r

class Builder:
    def __init__(self, styled=True, change_author="Workstream", comment_author="Workstream", initials="WS"):
        self.doc = Document()
        self.styled = styled
        self.change_author = change_author
        self.comment_author = comment_author
        self.initials = initials
        st = self.doc.styles['Normal']; st.font.name = 'Arial'; st.font.size = Pt(11)

    def _tracked(self, p, text, kind):
        el = OxmlElement('w:ins' if kind == 'ins' else 'w:del')
        el.set(qn('w:id'), _nid()); el.set(qn('w:author'), self.change_author)
        el.set(qn('w:date'), '2012-06-14T10:00:00Z')
        el.append(_run_el(text, deleted=(kind == 'del')))
        p._p.append(el)

    def _hyperlink(self, p, text, url):
        rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
        h = OxmlElement('w:hyperlink'); h.set(qn('r:id'), rid)
        r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
        c = OxmlElement('w:color'); c.set(qn('w:val'), '0563C1'); rpr.append(c)
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
        r.append(rpr); t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve'); r.append(t)
        h.append(r); p._p.append(h)

    def inline(self, p, text, bold=False):
        for part in TOKEN.split(text):
            if not part:
                continue
            if part.startswith('{+'):
                self._tracked(p, part[2:-2], 'ins')
            elif part.startswith('{-'):
                self._tracked(p, part[2:-2], 'del')
            elif part.startswith('[['):
                anchor, note = part[2:-2].split('||', 1)
                run = p.add_run(anchor); run.bold = bold
                self.doc.add_comment([run], text=note, author=self.comment_author, initials=self.initials)
            elif part.startswith('<<'):
                vis, url = part[2:-2].split('|', 1)
                self._hyperlink(p, vis, url)
            elif part.startswith('**'):
                run = p.add_run(part[2:-2]); run.bold = True
            else:
                run = p.add_run(part); run.bold = bold

    def heading(self, text, level):
        if self.styled:
            p = self.doc.add_heading('', level=level)
            self.inline(p, text)
        else:
            p = self.doc.add_paragraph()
            self.inline(p, text, bold=True)
            if level == 1:
                for r in p.runs: r.font.size = Pt(13)

    def table(self, rows):
        t = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(rows):
            for j, cell in enumerate(row):
                c = t.cell(i, j); par = c.paragraphs[0]
                self.inline(par, cell, bold=(i == 0))
        self.doc.add_paragraph()

    def render(self, markup):
        blocks = re.split(r"\n\s*\n", markup.strip())
        for b in blocks:
            b = b.strip('\n')
            if b.startswith('## '):
                self.heading(b[3:].strip(), 2)
            elif b.startswith('# '):
                self.heading(b[2:].strip(), 1)
            elif b.startswith('|'):
                rows = [[c.strip() for c in line.strip().strip('|').split('|')] for line in b.splitlines() if line.strip()]
                self.table(rows)
            elif b.startswith('- '):
                for line in b.splitlines():
                    line = line.strip()
                    if line.startswith('- '):
                        p = self.doc.add_paragraph(style='List Bullet'); self.inline(p, line[2:])
            else:
                p = self.doc.add_paragraph(); self.inline(p, ' '.join(l.strip() for l in b.splitlines()))

    def header_footer(self, header_text, footer_text):
        sec = self.doc.sections[0]
        hp = sec.header.paragraphs[0]; self.inline(hp, header_text)
        fp = sec.footer.paragraphs[0]; self.inline(fp, footer_text + '   Page ')
        fld = OxmlElement('w:fldSimple'); fld.set(qn('w:instr'), 'PAGE')
        r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'; r.append(t); fld.append(r)
        fp._p.append(fld)

    def props(self, **kw):
        cp = self.doc.core_properties
        kw.setdefault('author', 'LSCB Business Unit'); kw.setdefault('last_modified_by', 'LSCB Business Unit')
        for k, v in kw.items():
            setattr(cp, k, v)

    def save(self, path):
        self.doc.save(path)

def words(markup):
    txt = re.sub(r"\{-.*?-\}", "", markup, flags=re.S)
    txt = re.sub(r"\|\|.*?\]\]", "", txt, flags=re.S)
    txt = re.sub(r"[#|\-\[\]{}+<>*]", " ", txt)
    return len(txt.split())
