# utf-8-sig writes a BOM and skips one when reading (error positions count
# from after it); bytes-to-bytes codecs are not text encodings.
for data in [b'\xef\xbb\xbfabc', b'abc', b'\xef\xbb\xbf', b'\xef\xbb', b'\xef\xbb\xbf\xef\xbb\xbfx', b'\xef\xbb\xbfa\xff']:
    for err in ['strict', 'replace']:
        try:
            print(data, err, ascii(data.decode('utf-8-sig', err)))
        except UnicodeDecodeError as e:
            print(data, err, type(e).__name__, e, e.start, e.end, e.object)
for s in ['', 'abc', 'é€', 'a\ud800']:
    try:
        print(ascii(s), s.encode('utf_8_sig'), s.encode('UTF-8-SIG', 'replace'))
    except UnicodeEncodeError as e:
        print(ascii(s), type(e).__name__, e)
for enc in ['rot13', 'rot_13', 'hex', 'base64', 'zlib', 'bz2', 'uu', 'quopri', 'hex_codec',
            'base64_codec', 'Base64', 'quoted-printable', 'zip']:
    for f in [lambda: 'abc'.encode(enc), lambda: b'abc'.decode(enc), lambda: str(b'abc', enc)]:
        try:
            print(enc, f())
        except LookupError as e:
            print(enc, type(e).__name__, e)
