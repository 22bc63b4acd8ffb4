# Identifiers are NFKC-normalised by the compiler, but strings are not:
# getattr/setattr/format fields/attrgetter with names built at run time
# from fullwidth, mathematical, ligature, Kelvin-sign, zero-width and
# combining characters, \N{LOW LINE} escapes, case mappings (lower,
# casefold) and unicodedata.normalize('NFKC', ...). A name that becomes
# a refused dunder only after normalisation must be an ordinary missing
# attribute while it is not normalised, and refused once it is; an
# attribute stored under an unnormalised name must never answer an
# identifier that normalises to a refused name.
# expect-output: getattr fullwidth AttributeError: 'function' object has no attribute '＿＿globals＿＿'
# expect-output: getattr math bold AttributeError: 'function' object has no attribute '__𝐠lobals__'
# expect-output: getattr N escape AttributeError: '__globals__' is not available in the sandbox
# expect-output: getattr ligature fi AttributeError: type object 'C' has no attribute '__ﬁle__'
# expect-output: setattr fullwidth then ident AttributeError: '__globals__' is not available in the sandbox
# expect-output: setattr fullwidth then getattr -> 1
# expect-output: class dict has fullwidth -> True
# expect-output: setattr bold then ident AttributeError: type object 'C' has no attribute 'x'
# expect-output: setattr normalized then bold ident -> (None, 3)
# expect-output: hasattr kelvin -> False
# expect-output: ident kelvin -> (None, 4)
# expect-output: instance dict fullwidth dunder -> (None, <class '__main__.C'>, {'＿＿class＿＿': 5})
# expect-output: kwargs fullwidth -> {'＿＿globals＿＿': 1}
# expect-output: kwargs ident normalized -> 1
# expect-output: format field fullwidth AttributeError: 'function' object has no attribute '＿＿globals＿＿'
# expect-output: format field N AttributeError: '__globals__' is not available in the sandbox
# expect-output: attrgetter fullwidth AttributeError: 'function' object has no attribute '＿＿globals＿＿'
# expect-output: attrgetter dotted unicode AttributeError: type object 'function' has no attribute '＿＿mro＿＿'
# expect-output: str.isidentifier -> False
# expect-output: zero width in getattr AttributeError: 'function' object has no attribute '__glo​bals__'
# expect-output: combining in getattr AttributeError: 'function' object has no attribute '__globáls__'
# expect-output: upper sharp s AttributeError: '__globals__' is not available in the sandbox
# expect-output: casefold trick AttributeError: 'function' object has no attribute '__ǵlobals__'
# expect-output: nfkc via unicodedata AttributeError: '__globals__' is not available in the sandbox
import operator
import unicodedata


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def f():
    pass


class C:
    pass


attempt("getattr fullwidth", lambda: getattr(f, '＿＿globals＿＿'))
attempt("getattr math bold", lambda: getattr(f, '__𝐠lobals__'))
attempt("getattr N escape",
        lambda: getattr(f, '\N{LOW LINE}\N{LOW LINE}globals\N{LOW LINE}\N{LOW LINE}'))
attempt("getattr ligature fi", lambda: getattr(C, '__ﬁle__'))
attempt("setattr fullwidth then ident", lambda: (setattr(C, '＿＿globals＿＿', 1), C.__ｇlobals__))
attempt("setattr fullwidth then getattr", lambda: getattr(C, '＿＿globals＿＿'))
attempt("class dict has fullwidth", lambda: '＿＿globals＿＿' in C.__dict__)
attempt("setattr bold then ident", lambda: (setattr(C, '𝐱', 2), C.𝐱))
attempt("setattr normalized then bold ident", lambda: (setattr(C, 'y', 3), C.𝐲))
attempt("hasattr kelvin", lambda: hasattr(C, '\u212a'))
attempt("ident kelvin", lambda: (setattr(C, 'K', 4), C.K))
attempt("instance dict fullwidth dunder",
        lambda: (setattr(c := C(), '＿＿class＿＿', 5), c.__class__, vars(c)))
attempt("kwargs fullwidth", lambda: (lambda **k: k)(**{'＿＿globals＿＿': 1}))
attempt("kwargs ident normalized", lambda: (lambda ｘ: ｘ)(x=1))
attempt("format field fullwidth", lambda: '{0.＿＿globals＿＿}'.format(f))
attempt("format field N", lambda: '{0.\N{LOW LINE}\N{LOW LINE}globals__}'.format(f))
import operator
attempt("attrgetter fullwidth", lambda: operator.attrgetter('＿＿globals＿＿')(f))
attempt("attrgetter dotted unicode", lambda: operator.attrgetter('__class__.＿＿mro＿＿')(f))
attempt("str.isidentifier", lambda: '＿＿globals＿＿'.isidentifier())
attempt("zero width in getattr", lambda: getattr(f, '__glo\u200bbals__'))
attempt("combining in getattr", lambda: getattr(f, '__globa\u0301ls__'))
attempt("upper sharp s", lambda: getattr(f, '__GLOBALS__'.lower()))
attempt("casefold trick", lambda: getattr(f, '__ǴLOBALS__'.casefold()))
attempt("nfkc via unicodedata", lambda: getattr(f, unicodedata.normalize('NFKC', '＿＿globals＿＿')))
