import json, re, zipfile, subprocess
def alltext(f):
    if f.endswith('.docx'):
        z = zipfile.ZipFile(f); out=[]
        for n in z.namelist():
            if n.endswith('.xml') or n.endswith('.rels'):
                x = z.read(n).decode('utf8','ignore')
                out += re.findall(r'>([^<>]+)<', x); out += re.findall(r'Target="([^"]+)"', x)
        return ' '.join(out)
    if f.endswith('.pdf'):
        return subprocess.run(['pdftotext', f, '-'], capture_output=True, text=True).stdout
    return open(f, encoding='utf8').read()
for l in open('gold.jsonl'):
    r = json.loads(l); t = ' '.join(alltext(r['file']).split()).lower()
    miss = [i['text'] for i in r['identifiers'] if ' '.join(i['text'].split()).lower() not in t]
    nmiss = [n for n in r['not_identifiers'] if n.lower() not in t]
    chs = [c for c in r['chronology_sections'] if c.lower() not in t]
    print(r['file'], 'missing ids', miss, '| missing non-ids', nmiss, '| missing chron', chs)
