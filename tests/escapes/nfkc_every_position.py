# NFKC folding in every place an identifier appears: keyword arguments,
# import names and from-import names, attribute stores, class names, global
# names. The compiler folds identifiers, so each spelling is the real name
# and meets the same rule; strings are NOT folded, so getattr with a
# fullwidth string looks up a different (absent) name, and homoglyphs
# (Cyrillic о, Greek ο) and zero-width characters make different names,
# which no object has: CPython's plain AttributeError, as for any dunder
# CPython has nowhere (vm/known_dunders.inc).
def f(**kw):
    return sorted(kw)


print(f(ｘ=1, ﬁle=2))
import ｍａｔｈ
print(ｍａｔｈ.ｐｉ > 3)
try:
    from ｓｙｓ import ｍｏｄｕｌｅｓ
except ImportError as e:
    print(e)
try:
    import ｏｓ
except ImportError as e:
    print(e)
try:
    ｅｖａｌ('1')
except NameError as e:
    print(e)
try:
    print(getattr((), '__ｃｌａｓｓ__'))
except AttributeError as e:
    print(e)
for spelled in ('__cl\u0430ss__', '__cl\u03bfss__', '__class\u200b__', '__class__\u200d'):
    try:
        print(getattr(1, spelled))
    except AttributeError as e:
        print(ascii(str(e)))
try:
    print(().__ｃｌａｓｓ__.__ｍｒｏ__)
except AttributeError as e:
    print(e)
# expect-output: ['file', 'x']
# expect-output: True
# expect-output: cannot import name 'modules' from 'sys' ('sys.modules' is not available in the sandbox)
# expect-output: module 'os' is not available in the sandbox
# expect-output: name 'eval' is not available in the sandbox
# expect-output: 'tuple' object has no attribute '__ｃｌａｓｓ__'
# expect-output: "'int' object has no attribute '__cl\u0430ss__'"
# expect-output: "'int' object has no attribute '__cl\u03bfss__'"
# expect-output: "'int' object has no attribute '__class\u200b__'"
# expect-output: "'int' object has no attribute '__class__\u200d'"
# expect-output: '__mro__' is not available in the sandbox
