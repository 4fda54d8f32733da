import sys, zipfile, re
from docx import Document
for f in ["Y01.docx","Y02.docx","Y03.docx"]:
    d = Document(f)
    z = zipfile.ZipFile(f)
    xml = z.read("word/document.xml").decode()
    com = z.read("word/comments.xml").decode() if "word/comments.xml" in z.namelist() else ""
    rels = z.read("word/_rels/document.xml.rels").decode()
    body = " ".join(p.text for p in d.paragraphs)
    tables = " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    print(f, "words~", len((body+" "+tables).split()), "ins", xml.count("<w:ins "), "del", xml.count("<w:del "),
          "delText", re.findall(r"<w:delText[^>]*>(.*?)</w:delText>", xml),
          "comments", re.findall(r"<w:t[^>]*>(.*?)</w:t>", com), "authors", set(re.findall(r'w:author="([^"]*)"', com+xml)))
    print("  links", re.findall(r'Target="([^"]*)" TargetMode="External"', rels))
    cp = d.core_properties
    print("  props", cp.title, "|", cp.subject, "|", cp.keywords, "|", cp.author, "|", cp.last_modified_by, "|", cp.comments)
    s = d.sections[0]
    print("  header", s.header.paragraphs[0].text, "| footer", s.footer.paragraphs[0].text)
