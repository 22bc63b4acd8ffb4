# escape_decode and unicode_escape_decode warn about the first invalid
# escape, at the caller's line, as CPython's C functions do.
import codecs
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(codecs.escape_decode(b'\\q\\z'))
    print(codecs.escape_decode(b'\\777'))
    codecs.escape_decode(b'\\d')
    codecs.unicode_escape_decode(b'\\d')
    print(codecs.escape_decode(b'\\x41'))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
