# ExceptionGroup.split/subgroup with predicates that mutate what built the
# group, raise, return odd truth values, over 3000 nested groups and with
# derive() returning a non-group; namereplace over every code point class
# (ASCII, Latin-1, CJK, Hangul syllables, surrogates, noncharacters, private
# use, unassigned); singledispatch's read-only registry (no write, no
# __dict__ behind it); the frozen modules' body helpers (_set_type_name,
# _c_signature) gone after import, also from a stand-in subclass.
# Equals CPython but the refusals of __globals__.
import functools, collections, datetime, decimal, unicodedata
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:100])
    except Exception as e:
        print(label, type(e).__name__, e)
excs = [ValueError(i) for i in range(5)]
eg = ExceptionGroup('m', excs)
def pred(e):
    excs.append(TypeError('x')); excs.clear()
    return isinstance(e, ValueError) and e.args[0] % 2 == 0
t('split mutating pred', lambda: eg.split(pred))
t('subgroup mutating pred', lambda: eg.subgroup(pred))
t('exceptions after', lambda: eg.exceptions)
g = ValueError('leaf')
for i in range(3000):
    g = ExceptionGroup('n%d' % i, [g])
t('deep split', lambda: type(g.split(ValueError)[0]).__name__)
t('deep subgroup callable', lambda: g.subgroup(lambda e: False))
t('deep derive', lambda: len(g.derive([ValueError()]).exceptions))
def pred2(e):
    raise KeyError('p')
t('pred raises', lambda: eg.split(pred2))
t('pred non-bool', lambda: eg.split(lambda e: NotImplemented))
class BadBool:
    def __bool__(self): raise ZeroDivisionError
t('pred bad bool', lambda: eg.split(lambda e: BadBool()))
class EG(ExceptionGroup):
    def derive(self, excs): return 5
t('derive returns int', lambda: EG('m', [ValueError()]).split(lambda e: False))
t('derive returns int2', lambda: EG('m', [ValueError(), TypeError()]).split(ValueError))
class EG2(ExceptionGroup):
    def derive(self, excs): return ExceptionGroup('d', excs)
    @property
    def exceptions(self): return (1, 2)
t('exceptions property', lambda: EG2('m', [ValueError(), TypeError()]).split(ValueError))
for cp in [0x41, 0xe9, 0x3000, 0xac00, 0x4e00, 0x20000, 0xfffe, 0xd800, 0xdfff, 0xe000, 0x10ffff, 0x1f600, 0x0, 0x7f, 0x85, 0x2028, 0x1d400, 0xfdd0, 0x11a0, 0x1100, 0xd7a3, 0x2fa1d, 0x3134a, 0x1b170]:
    t('namereplace %x' % cp, lambda: chr(cp).encode('ascii', 'namereplace'))
t('namereplace all', lambda: len(''.join(map(chr, range(0x2f800, 0x2fa20))).encode('latin-1', 'namereplace')))
t('namereplace surrogates', lambda: len(''.join(map(chr, range(0xd800, 0xe000))).encode('ascii', 'namereplace')))
@functools.singledispatch
def f(x): return 'base'
reg = f.registry
t('registry type', lambda: type(reg).__name__)
t('registry setitem', lambda: reg.__setitem__(int, lambda x: 'evil'))
t('registry dict attr', lambda: reg.__dict__)
t('registry copy', lambda: type(reg.copy()).__name__)
t('registry copy write', lambda: (reg.copy().__setitem__(int, 1), f(1))[1])
t('registry or', lambda: type(reg | {}).__name__)
t('registry mapping attr', lambda: reg.mapping)
t('registry keys', lambda: list(reg))
t('f(1)', lambda: f(1))
t('collections _set_type_name', lambda: collections._set_type_name)
t('functools _set_type_name', lambda: functools._set_type_name)
t('functools _c_signature', lambda: functools._c_signature)
t('decimal _set_type_name', lambda: decimal._set_type_name)
class Sub(functools.partial):
    def __init_subclass__(cls, **kw): print('init_subclass', sorted(kw))
t('subclass stand-in', lambda: Sub(print).func)
t('partial globals', lambda: functools.partial.__init__.__globals__)
t('partial new globals', lambda: functools.partial.__new__.__globals__)
# expect-output: split mutating pred ok (ExceptionGroup('m', [ValueError(0), ValueError(2), ValueError(4)]), ExceptionGroup('m', [ValueError
# expect-output: subgroup mutating pred ok ExceptionGroup('m', [ValueError(0), ValueError(2), ValueError(4)])
# expect-output: exceptions after ok (ValueError(0), ValueError(1), ValueError(2), ValueError(3), ValueError(4))
# expect-output: deep split RecursionError maximum recursion depth exceeded in exceptiongroup_split_recursive
# expect-output: deep subgroup callable RecursionError maximum recursion depth exceeded
# expect-output: deep derive ok 1
# expect-output: pred raises KeyError 'p'
# expect-output: pred non-bool ok (ExceptionGroup('m', []), None)
# expect-output: pred bad bool ZeroDivisionError 
# expect-output: derive returns int TypeError derive must return an instance of BaseExceptionGroup
# expect-output: derive returns int2 TypeError derive must return an instance of BaseExceptionGroup
# expect-output: exceptions property ok (ExceptionGroup('d', [ValueError()]), ExceptionGroup('d', [TypeError()]))
# expect-output: namereplace 41 ok b'A'
# expect-output: namereplace e9 ok b'\\N{LATIN SMALL LETTER E WITH ACUTE}'
# expect-output: namereplace 3000 ok b'\\N{IDEOGRAPHIC SPACE}'
# expect-output: namereplace ac00 ok b'\\N{HANGUL SYLLABLE GA}'
# expect-output: namereplace 4e00 ok b'\\N{CJK UNIFIED IDEOGRAPH-4E00}'
# expect-output: namereplace 20000 ok b'\\N{CJK UNIFIED IDEOGRAPH-20000}'
# expect-output: namereplace fffe ok b'\\ufffe'
# expect-output: namereplace d800 ok b'\\ud800'
# expect-output: namereplace dfff ok b'\\udfff'
# expect-output: namereplace e000 ok b'\\ue000'
# expect-output: namereplace 10ffff ok b'\\U0010ffff'
# expect-output: namereplace 1f600 ok b'\\N{GRINNING FACE}'
# expect-output: namereplace 0 ok b'\x00'
# expect-output: namereplace 7f ok b'\x7f'
# expect-output: namereplace 85 ok b'\\x85'
# expect-output: namereplace 2028 ok b'\\N{LINE SEPARATOR}'
# expect-output: namereplace 1d400 ok b'\\N{MATHEMATICAL BOLD CAPITAL A}'
# expect-output: namereplace fdd0 ok b'\\ufdd0'
# expect-output: namereplace 11a0 ok b'\\N{HANGUL JUNGSEONG ARAEA-U}'
# expect-output: namereplace 1100 ok b'\\N{HANGUL CHOSEONG KIYEOK}'
# expect-output: namereplace d7a3 ok b'\\N{HANGUL SYLLABLE HIH}'
# expect-output: namereplace 2fa1d ok b'\\N{CJK COMPATIBILITY IDEOGRAPH-2FA1D}'
# expect-output: namereplace 3134a ok b'\\N{CJK UNIFIED IDEOGRAPH-3134A}'
# expect-output: namereplace 1b170 ok b'\\N{NUSHU CHARACTER-1B170}'
# expect-output: namereplace all ok 20074
# expect-output: namereplace surrogates ok 12288
# expect-output: registry type ok 'mappingproxy'
# expect-output: registry setitem AttributeError 'mappingproxy' object has no attribute '__setitem__'
# expect-output: registry dict attr AttributeError 'mappingproxy' object has no attribute '__dict__'
# expect-output: registry copy ok 'dict'
# expect-output: registry copy write ok 'base'
# expect-output: registry or ok 'dict'
# expect-output: registry mapping attr AttributeError 'mappingproxy' object has no attribute 'mapping'
# expect-output: registry keys ok [<class 'object'>]
# expect-output: f(1) ok 'base'
# expect-output: collections _set_type_name AttributeError module 'collections' has no attribute '_set_type_name'
# expect-output: functools _set_type_name AttributeError module 'functools' has no attribute '_set_type_name'
# expect-output: functools _c_signature AttributeError module 'functools' has no attribute '_c_signature'
# expect-output: decimal _set_type_name AttributeError module 'decimal' has no attribute '_set_type_name'
# expect-output: subclass stand-in ok <built-in function print>
# expect-output: partial globals AttributeError '__globals__' is not available in the sandbox
# expect-output: partial new globals AttributeError '__globals__' is not available in the sandbox
