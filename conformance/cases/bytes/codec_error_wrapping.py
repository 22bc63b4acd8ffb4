# Names CPython decodes and encodes itself (utf-8, utf-16, utf-32, ascii,
# latin-1 in their usual spellings) raise a codec's LookupError or TypeError
# as it is; other names go through the codec registry, which wraps them.
for enc in ['utf-16', 'utf_16', 'UTF16', 'utf-16-le', 'utf-16le', 'utf-32', 'utf-32-be', 'u16',
            'utf-8', 'u8', 'latin1', 'l1', 'ascii', 'us-ascii', 'utf8', 'UTF-8', 'Latin-1',
            'iso8859-1', 'ISO-8859-1', '646']:
    for f in [lambda: b'\x00\xdc\x00\xdc\xff'.decode(enc, 'bogus'),
              lambda: b'\x00\xdc\xff\xff\xff'.decode(enc, 'xmlcharrefreplace'),
              lambda: '\ud800é\U0001F600'.encode(enc, 'bogus'),
              lambda: str(b'\x00\xdc\xff\xff\xfe', enc, 'bogus'),
              lambda: bytes('\ud800é\U0001F600', enc, 'bogus')]:
        try:
            print(enc, ascii(f()))
        except Exception as e:
            print(enc, type(e).__name__, e, type(e.__cause__).__name__)
