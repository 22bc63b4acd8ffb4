# unicode_escape decoding warns (DeprecationWarning) about the first unknown
# escape or octal escape past 0o377, only when the decode succeeds.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(repr(b"a\\qb\\zc".decode("unicode_escape")))
    print(repr(b"\\777 \\q".decode("unicode_escape")))
    print(repr(b"\\377\\8".decode("unicode-escape")))
    print(repr(b"\\\xe9".decode("unicode_escape")))
    print(repr(str(b"\\d+", "unicode_escape", "ignore")))
    print(repr(b"\\n\\t\\x41\\101".decode("unicode_escape")))
    print(repr(b"\\q\\x4".decode("unicode_escape", "replace")))
    try:
        b"\\q\\x4".decode("unicode_escape")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(repr(b"\\q".decode("raw_unicode_escape")))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        b"x\\y".decode("unicode_escape")
    except DeprecationWarning as e:
        print(type(e).__name__, e)
        print(type(e.__cause__).__name__, e.__cause__)
