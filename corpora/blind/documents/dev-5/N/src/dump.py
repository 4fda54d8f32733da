import zipfile,re,sys
for f in sys.argv[1:]:
    z=zipfile.ZipFile(f); txt=''
    for n in z.namelist():
        if n.endswith('.xml') or n.endswith('.rels'):
            x=z.read(n).decode('utf8')
            if n.endswith('.rels'): txt+=' '.join(re.findall(r'Target="(http[^"]*)"',x))+'\n'; continue
            txt+=re.sub(r'<[^>]+>',' ',x)+'\n'
    print(f, len(re.findall(r"\w+", txt)))
    open('/tmp/'+f.split('/')[-1]+'.txt','w').write(txt)
