# unicode_escape and raw_unicode_escape: escapes, error ranges and messages
# (named unicodeescape / rawunicodeescape), every handler, and round trips.
tests = [b'\\x', b'\\x4', b'\\x4g', b'ab\\x41cd', b'\\u12', b'\\u12345', b'\\U0010ffff', b'\\U00110000', b'\\U0011000', b'\\', b'a\\', b'\\101\\7\\1234', b'\\N', b'\\N{', b'\\N{}x', b'\\a\\b\\f\\v\\0', b'\\\n', b'\xe9\xff', b'\\\'\\"', b'\\\\u0041', b'\\\\\\u0041', b'\\U0001F600\\u20ac', b'x\\uzzzz', b'\\\\\\', b'\\\\\\U00110000']
for b in tests:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace']:
        for enc in ['unicode_escape', 'raw_unicode_escape', 'unicode-escape', 'Raw-Unicode-Escape']:
            try: r = repr(b.decode(enc, err))
            except UnicodeDecodeError as e: r = f'{type(e).__name__}: {e} {e.start, e.end} {e.encoding}'
            except Exception as e: r = f'{type(e).__name__}: {e}'
            print(enc, b, err, r)
for s in ['abc', 'a\nb\t\r\\\'"', '\x00\x1f\x7f\x80\xff', 'é€😀\ud800', '']:
    print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'), s.encode('unicode_escape').decode('unicode_escape') == s)
print('line1\\nline2\\tend'.encode().decode('unicode_escape'))
print(repr('C:\\new\\table'.encode('unicode_escape').decode()))
print(b'caf\\xc3\\xa9'.decode('unicode_escape').encode('latin-1').decode('utf-8'))
