# The namereplace error handler writes \N{NAME} for an unencodable
# character with a Unicode 14.0 name and backslashreplace's escape for one
# without (controls, surrogates, unassigned or newer characters).
tests = ['日本語', 'ﬀ', 'ǈ', 'a\udc80b', '\x80\U000e0100\u0378\U0010ffff\ud800',
         'é€\u0100', '\uac00\U0001F600x', '\U0001FAF8']
for enc in ('ascii', 'latin-1', 'cp1252', 'utf-8', 'utf-16-le', 'utf-32-be', 'cp437', 'utf8'):
    for t in tests:
        try:
            print(enc, t.encode(enc, 'namereplace'))
        except Exception as e:
            print(enc, type(e).__name__, e)
print(str(b'ab', 'ascii', 'namereplace'))
# Decoding has no use for it: an encode-only handler, a TypeError.
try:
    b'\xff'.decode('utf-8', 'namereplace')
except TypeError as e:
    print(type(e).__name__, e)
