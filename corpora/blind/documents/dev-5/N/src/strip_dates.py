import zipfile,re,sys,shutil,os
for f in sys.argv[1:]:
    tmp=f+'.tmp'
    with zipfile.ZipFile(f) as zi, zipfile.ZipFile(tmp,'w',zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            data=zi.read(it.filename)
            if it.filename=='docProps/core.xml':
                s=data.decode('utf8')
                s=re.sub(r'<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>','',s)
                s=re.sub(r'<cp:lastPrinted>[^<]*</cp:lastPrinted>','',s)
                data=s.encode('utf8')
            zo.writestr(it,data)
    os.replace(tmp,f)
