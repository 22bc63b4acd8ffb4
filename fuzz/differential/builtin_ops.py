"""Operations on the built-in types: operators, methods, formatting, slicing, built-ins.

Each generator returns one Python expression; difffuzz.py runs it under both
interpreters inside P(i, lambda: ...), which prints its repr or its exception.
"""
PRELUDE = r'''
import decimal, fractions
from decimal import Decimal
from fractions import Fraction
class Plain: pass
class WithRepr:
    def __repr__(self): return 'WithRepr()'
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v!r})'
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __sub__(self, o): return ('sub', o)
    def __mul__(self, o): return ('mul', o)
    def __rmul__(self, o): return ('rmul', o)
    def __eq__(self, o): return isinstance(o, Num) and o.v == self.v
    def __lt__(self, o): return ('lt', o)
    def __hash__(self): return hash(self.v)
    def __index__(self): return self.v
    def __len__(self): return abs(self.v)
    def __bool__(self): return self.v != 0
    def __neg__(self): return Num(-self.v)
    def __contains__(self, x): return x == self.v
    def __iter__(self): return iter(range(abs(self.v) % 5))
    def __format__(self, spec): return f'Num<{spec}>'
class NotImpl:
    def __repr__(self): return 'NotImpl()'
    def __add__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
    __hash__ = None
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f'Idx({self.v})'
class FloatLike:
    def __float__(self): return 2.5
    def __repr__(self): return 'FloatLike()'
class IntLike:
    def __int__(self): return 7
    def __repr__(self): return 'IntLike()'
class BadLen:
    def __len__(self): return -1
    def __repr__(self): return 'BadLen()'
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
class BA(bytearray): pass
def P(i, f):
    try:
        r = repr(f())
    except BaseException as e:
        r = f'{type(e).__name__}: {e}'
    print(i, r)
def aug(op, a, b):
    import copy
    a = copy.copy(a)
    if op == '+': a += b
    elif op == '-': a -= b
    elif op == '*': a *= b
    elif op == '/': a /= b
    elif op == '//': a //= b
    elif op == '%': a %= b
    elif op == '**': a **= b
    elif op == '<<': a <<= b
    elif op == '>>': a >>= b
    elif op == '&': a &= b
    elif op == '|': a |= b
    elif op == '^': a ^= b
    elif op == '@': a @= b
    return a
def setitem(seq, k, v):
    seq = seq.copy() if hasattr(seq, 'copy') else seq
    seq[k] = v
    return seq
def delitem(seq, k):
    seq = seq.copy() if hasattr(seq, 'copy') else seq
    del seq[k]
    return seq
def cp(obj):
    return obj.copy() if hasattr(obj, 'copy') and not isinstance(obj, type) else obj
def mcall(obj, name, *a, **k):
    obj = obj.copy() if hasattr(obj, 'copy') and not isinstance(obj, type) else obj
    r = getattr(obj, name)(*a, **k)
    return (r, obj)
'''

INTS = ['0', '1', '-1', '2', '3', '-7', '10', '255', '256', '-256', '2**31', '2**63', '-2**63',
        '2**64-1', '10**20', '-10**30', '12345678901234567890123', '2**100', 'True', 'False',
        'I(5)', '0x7f', '1000']
FLOATS = ['0.0', '-0.0', '1.0', '-1.5', '0.1', '1e16', '1e300', '5e-324', '2.2250738585072014e-308',
          "float('inf')", "float('-inf')", "float('nan')", '3.14159', '1e-7', '123456789.123',
          '2.5', '0.5', '-2.5', '1e22', '9007199254740993.0', 'F(1.25)']
COMPLEX = ['1j', '-1j', '(1+2j)', '0j', '(-0.0-0j)', 'complex(1e300, 1e300)', "complex('nan+infj')",
           '(3-4j)', 'complex(-0.0, 0.0)']
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  padded  '", "'a,b,,c'", "'é'", "'Ünïcödé'",
        "'日本語'", "'e\\u0301'", "'😀x'", "'\\udc80'", "'\\x00\\t\\n'", "'123'", "'-12'", "'1_000'",
        "'0x1f'", "'ß'", "'ﬁ'", "'İ'", "'ǅ'", "'Σσς'", "'ab' * 3", "'%s'", "'{}'", "'{0}{x}'",
        "'\\u2028'", "'١٢٣'", "'Ⅻ'", "'a\\r\\nb\\rc\\nd'", "'x\\ty'", "'ABCabc'", "S('sub')", "'  '",
        "'1e5'", "'inf'", "'-nan'", "' 12 '", "'0b101'", "'\\xff'", "'\\u0100'"]
BYTES = ["b''", "b'a'", "b'abc'", "b'\\x00\\xff'", "b'a,b,,c'", "b'Hello'", "b'  x '", "b'\\x80abc'",
         "b'caf\\xc3\\xa9'", "b'123'", "b'ab' * 3", "b'\\t\\n'", "b'%s'"]
BYTEARRAYS = ["bytearray()", "bytearray(b'abc')", "bytearray(b'\\x00\\xff')", "bytearray(b'hello world')",
              "BA(b'xy')"]
LISTS = ['[]', '[1]', '[1, 2, 3]', '[3, 1, 2]', "['a', 'b']", '[1, [2, 3]]', '[None]', '[1.5, 2]',
         '[1, 1, 2, 1]', 'list(range(10))', 'L([1, 2])', "[1, 'a']", '[(1, 2), (0, 5)]']
TUPLES = ['()', '(1,)', '(1, 2, 3)', "('a', 'b')", '(1, (2, 3))', '(None,)', '(1, 1, 2)',
          'T((1, 2))', '(1, [2])', '(0.5, 2)']
DICTS = ['{}', "{'a': 1}", '{1: 2, 3: 4}', "{'a': 1, 'b': 2}", '{(1, 2): 3}', "D(a=1)", '{1: [2]}',
         '{True: 1}']
SETS = ['set()', '{1}', '{1, 2, 3}', '{0, -1}', 'frozenset()', 'frozenset({1, 2})', '{(1, 2)}',
        'frozenset({3})', '{2, 4, 6, 8}']
MISC = ['None', 'range(5)', 'range(0)', 'range(1, 10, 3)', 'range(10, 0, -2)', 'range(-5, 5)',
        'slice(1, 2)', 'slice(None)', 'slice(1, None, -1)', 'Plain()', 'WithRepr()', 'Num(3)',
        'Num(0)', 'NotImpl()', 'Idx(2)', 'FloatLike()', 'IntLike()', 'Ellipsis', 'NotImplemented',
        "Decimal('1.5')", "Decimal('-0')", "Decimal('NaN')", "Fraction(1, 3)", "Fraction(-7, 2)",
        'int', 'str', 'len', '(x for x in [])', 'iter([1])', "{'a': 1}.keys()", "{'a': 1}.items()",
        "{'a': 1}.values()", 'BadLen()', 'object()', 'type']
KINDS = {'int': INTS, 'float': FLOATS, 'complex': COMPLEX, 'str': STRS, 'bytes': BYTES,
         'bytearray': BYTEARRAYS, 'list': LISTS, 'tuple': TUPLES, 'dict': DICTS, 'set': SETS,
         'misc': MISC}
ALL = [v for vs in KINDS.values() for v in vs]
SMALL = ['0', '1', '-1', '2', '3', '-3', '5', '10', '100', '-100', '2**40', '-2**70', 'None', 'True',
         "'a'", "''", "'x'", "','", "b','", "b'a'", '1.5', '[]', '()', 'Idx(1)', "' '", "'ab'", '-0.0']

BINOPS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
CMPOPS = ['<', '<=', '>', '>=', '==', '!=', 'is', 'is not', 'in', 'not in']
UNOPS = ['-', '+', '~', 'not ']


def r(rng, lst):
    return rng.choice(lst)


def val(rng):
    if rng.random() < 0.3:
        return r(rng, SMALL)
    return r(rng, ALL)


def gen_binop(rng):
    a, b, op = val(rng), val(rng), r(rng, BINOPS)
    if op == '**':
        b = r(rng, ['0', '1', '2', '-1', '0.5', '-2', '3', '1j', "Fraction(1,2)", "Decimal('2')", '100', 'None', "'a'"] + INTS[:8])
    if op in ('<<',):
        b = r(rng, ['0', '1', '3', '-1', '64', '100', "'a'", '1.0', 'True'])
    if op == '*' and rng.random() < 0.5:
        b = r(rng, ['0', '-1', '2', '3', 'True', '1.0', 'Idx(2)', '2**70'])
    return f'({a}) {op} ({b})'


def gen_unop(rng):
    return f'{r(rng, UNOPS)}({val(rng)})'


def gen_aug(rng):
    op = r(rng, BINOPS)
    a, b = val(rng), val(rng)
    if op == '**':
        b = r(rng, ['0', '1', '2', '-1', '0.5'])
    if op == '<<':
        b = r(rng, ['0', '1', '5', '-1'])
    if op == '*' and rng.random() < 0.5:
        b = r(rng, ['0', '-1', '2', '3'])
    return f"aug('{op}', {a}, {b})"


def gen_cmp(rng):
    if rng.random() < 0.3:
        return f'({val(rng)}) {r(rng, CMPOPS[:6])} ({val(rng)}) {r(rng, CMPOPS[:6])} ({val(rng)})'
    return f'({val(rng)}) {r(rng, CMPOPS)} ({val(rng)})'


METHODS = {}
SKIP = {'__class__', '__init_subclass__', '__subclasshook__', '__new__', '__init__', '__reduce__',
        '__reduce_ex__', '__sizeof__', '__getstate__', '__dir__', '__hash__', '__delattr__',
        '__setattr__', '__getattribute__', '__format__', '__doc__', '__class_getitem__', 'maketrans',
        '__getnewargs__', '__alloc__', '__iter__', '__reversed__', '__setstate__'}
for kind, proto in [('int', 5), ('float', 1.5), ('complex', 1j), ('str', ''), ('bytes', b''),
                    ('bytearray', bytearray()), ('list', []), ('tuple', ()), ('dict', {}),
                    ('set', set()), ('frozenset', frozenset()), ('range', range(1))]:
    METHODS[kind] = [n for n in dir(proto) if n not in SKIP and callable(getattr(proto, n))]
RECV = dict(KINDS)
RECV['frozenset'] = ['frozenset()', 'frozenset({1, 2})', 'frozenset({3})']
RECV['set'] = ['set()', '{1}', '{1, 2, 3}', '{0, -1}', '{(1, 2)}']
RECV['range'] = ['range(5)', 'range(0)', 'range(1, 10, 3)', 'range(10, 0, -2)', 'range(-5, 5)']
ARGPOOL = SMALL + ["'utf-8'", "'ascii'", "'latin-1'", "'strict'", "'ignore'", "'replace'",
                   "'xmlcharrefreplace'", "'backslashreplace'", "'surrogateescape'", "'big'",
                   "'little'", "'utf-16'", "'*'", "'\\t'", "'abc'", "b'ab'", "'0'", "'-'", "'.'", "'cp1252'",
                   "bytearray(b'a')", "{'a': 'b'}", "{97: None}", '[1, 2]', '(1, 2)', "('a', 'b')",
                   '-2**63', '2**63', '8', '-5', '4', '0.0', "float('nan')", 'Idx(-1)', '{1: 2}']
KWNAMES = ['sep', 'maxsplit', 'start', 'stop', 'errors', 'encoding', 'signed', 'byteorder', 'length',
           'key', 'reverse', 'keepends', 'tabsize', 'fillchar', 'width', 'default', 'x', 'chars',
           'bytes_per_sep', 'base', 'value', 'i', 'sub', 'iterable', 'index', 'object', 'count', 'old', 'new']


def gen_method(rng):
    kind = r(rng, list(METHODS))
    recv = r(rng, RECV[kind])
    name = r(rng, METHODS[kind])
    n = rng.choice([0, 1, 1, 2, 2, 3, 4])
    args = [r(rng, ARGPOOL) for _ in range(n)]
    if rng.random() < 0.3:
        args.append(f'{r(rng, KWNAMES)}={r(rng, ARGPOOL)}')
    if rng.random() < 0.3:
        return f"({recv}).{name}({', '.join(args)})"
    # A direct call (LOAD_METHOD): a bound method object called later names
    # itself differently in CPython's argument errors (known, left alone).
    return f"(lambda o: (o.{name}({', '.join(args)}), o))(cp({recv}))"


SPECIFIC = [
    "'{}'.split(sep={}, maxsplit={})", "{}.index({}, {}, {})", "({}).to_bytes({}, {}, signed={})",
    "({}).decode(errors={})", "({}).encode('ascii', 'xmlcharrefreplace')", "(lambda d: (d.pop({}, {}), d))(cp({}))",
    "float.fromhex({})", "int({}, {})", "({}).conjugate()", "round({}, {})", "divmod({}, {})", "pow({}, {}, {})",
    "int.from_bytes({}, {}, signed={})", "({}).hex({}, {})", "bytes.fromhex({})", "({}).as_integer_ratio()",
    "({}).is_integer()", "({}).bit_length()", "({}).bit_count()", "({}).conjugate()", "({}).hex()",
    "({}).expandtabs({})", "({}).center({}, {})", "({}).zfill({})", "({}).splitlines({})",
    "({}).partition({})", "({}).rsplit({}, {})", "({}).count({}, {}, {})", "({}).find({}, {}, {})",
    "({}).translate({})", "({}).removeprefix({})", "({}).title()", "({}).swapcase()", "({}).casefold()",
    "({}).isidentifier()", "({}).isdecimal()", "({}).isnumeric()", "({}).isprintable()",
]
SPECARGS = {'int': INTS, 'str': STRS, 'bytes': BYTES}


def gen_specific(rng):
    t = r(rng, SPECIFIC)
    k = t.count('{}')
    args = []
    for j in range(k):
        if j == 0:
            args.append(r(rng, r(rng, [INTS, FLOATS, STRS, BYTES, BYTEARRAYS, LISTS, DICTS, ["'ff 00'", "'0x1.8p3'", "'-0x1p-1074'", "'inf'", "' 1a2b '", "'1_0'", "'0x_1'", "'z'", "'  -0b11 '", "'٣'"]])))
        else:
            args.append(r(rng, ARGPOOL + ['0', '16', '36', '37', '1', "'big'", "'little'", 'True', '-2', '8', '2**70']))
    if t.startswith("'{}'"):
        return f"({args[0]}).split(sep={args[1]}, maxsplit={args[2]})"
    return t.format(*args)


FMT_VALUES = INTS[:16] + FLOATS + COMPLEX + STRS[:16] + ["Decimal('1234.5678')", "Decimal('-0.00012')",
              "Decimal('Infinity')", "Decimal('NaN')", "Decimal('1E+5')", "Fraction(1, 3)", "Fraction(-22, 7)",
              'True', 'False', 'None', 'Num(1)', '[1]', 'Plain()']


def rand_spec(rng):
    if rng.random() < 0.1:
        return r(rng, ['', 'x', 'd', '>', '=10', '010', ',', '_x', '.0', '.1000', '99999999999999999999',
                       '#', '+', ' ', '<<', 'zz', '%', '.2%', 'n', ',.2f', '_b', '#_o', 'c', '=^', '0>5',
                       '\0<5', '{}', ',_', '_,', '.2s', '.-1f', '+#09_x', 'z.2f', 'z', '-z'])
    s = ''
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            s += r(rng, ['*', '0', ' ', 'x', '€', '{', '}', '<', '='])
        s += r(rng, '<>=^')
    elif rng.random() < 0.2:
        s += r(rng, '<>=^')
    if rng.random() < 0.3:
        s += r(rng, '+- ')
    if rng.random() < 0.1:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.4:
        s += str(rng.choice([1, 5, 10, 20, 0, 3]))
    if rng.random() < 0.2:
        s += r(rng, ',_')
    if rng.random() < 0.4:
        s += '.' + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25]))
        if rng.random() < 0.1:
            s += r(rng, ',_')
    if rng.random() < 0.7:
        s += r(rng, 'bcdeEfFgGnosxX%') if rng.random() < 0.95 else r(rng, 'aAiz!')
    return s


def gen_format(rng):
    c = rng.random()
    v = r(rng, FMT_VALUES)
    spec = rand_spec(rng)
    if c < 0.45:
        return f'format({v}, {spec!r})'
    if c < 0.6:
        return f'{spec!r}.join(["[", "]"]) and "{{:{spec}}}".format({v})' if '{' not in spec and '}' not in spec else f'format({v}, {spec!r})'
    if c < 0.75:
        conv = r(rng, ['', '!r', '!s', '!a'])
        if '{' in spec or '}' in spec or '\0' in spec:
            return f'format({v}, {spec!r})'
        return f"f'{{{v}{conv}:{spec}}}'" if "'" not in v else f'f"{{{v}{conv}:{spec}}}"'
    if c < 0.8:
        if "'" in v:
            return f'format({v}, {spec!r})'
        return f"f'{{{v}=}} {{{v} = !r:>{rng.randint(0, 12)}}}'"
    # percent formatting
    flags = ''.join(rng.sample('-+ #0', rng.randint(0, 3)))
    w = r(rng, ['', '5', '*', '0', '12'])
    p = r(rng, ['', '.0', '.2', '.*', '.10', '.'])
    conv = r(rng, 'diouxXeEfFgGcrsa%') if rng.random() < 0.95 else r(rng, 'bkz')
    fmt = f'%{flags}{w}{p}{conv}'
    args = []
    if w == '*':
        args.append(r(rng, ['5', '-5', "'x'", '0']))
    if p == '.*':
        args.append(r(rng, ['2', '-1', "'x'"]))
    if conv != '%':
        args.append(v)
    lhs = repr(fmt) if rng.random() < 0.85 else 'b' + repr(fmt)
    if rng.random() < 0.1:
        return f"{lhs} % {{'a': {v}}}" if rng.random() < 0.5 else f"'%(a){flags}{conv}' % {{'a': {v}}}"
    if len(args) == 1 and rng.random() < 0.5:
        return f'{lhs} % {args[0]}'
    return f"{lhs} % ({', '.join(args)}{',' if len(args) == 1 else ''})"


STRFMT_TEMPLATES = ["'{0}'", "'{}'", "'{0!r:>10}'", "'{a}'", "'{0[0]}'", "'{0.real}'", "'{}{}'", "'{0}{}'",
                    "'{:{}}'", "'{:{}.{}}'", "'{!x}'", "'{'", "'}'", "'{{}}'", "'{0:{1}}'", "'{a[b]}'",
                    "'{0!}'", "'{:'", "'{0[a]}'", "'{-1}'", "'{0.__class__}'", "'{0[1:2]}'", "'{ }'",
                    "'{0!r:}'", "'{:>{w}}'", "'{0:{a}{b}}'", "'{0:{{}}}'", "'{!s:^7}'", "'{0}}'", "'x{0:%}y'"]


def gen_strfmt(rng):
    t = r(rng, STRFMT_TEMPLATES)
    args = [r(rng, FMT_VALUES) for _ in range(rng.randint(0, 3))]
    kw = []
    for name in ['a', 'w', 'b']:
        if rng.random() < 0.4:
            kw.append(name + '=' + r(rng, FMT_VALUES + ["5", "{'b': 1}", "[1, 2]"]))
    if rng.random() < 0.2:
        return f"{t}.format_map({{'a': {r(rng, FMT_VALUES)}}})"
    return f"{t}.format({', '.join(args + kw)})"


SEQS = STRS[:20] + BYTES + BYTEARRAYS + LISTS + TUPLES + MISC[1:5]
IDX = ['None', '0', '1', '-1', '2', '-2', '3', '5', '100', '-100', '2**63', '-2**63', '2**100', 'True',
       'Idx(1)', "'a'", '1.0']


def gen_slice(rng):
    seq = r(rng, SEQS)
    c = rng.random()
    a, b, st = r(rng, IDX), r(rng, IDX), r(rng, IDX + ['0', '-3', '2'])
    if c < 0.35:
        return f'({seq})[{a}:{b}:{st}]' if rng.random() < 0.6 else f'({seq})[{a}:{b}]'
    if c < 0.5:
        return f'({seq})[{a}]'
    if c < 0.65:
        return f'slice({a}, {b}, {st}).indices({r(rng, ["0", "5", "10", "-1", "2**70", "Idx(3)", "None"])})'
    target = r(rng, LISTS + BYTEARRAYS + ['[1, 2, 3, 4, 5, 6]', "bytearray(b'abcdef')"])
    vals = r(rng, ['[]', '[9]', '[7, 8, 9]', "b'xy'", "'ab'", '(1, 2)', 'range(3)', '5', 'None', '[256]',
                   "bytearray(b'z')", '[-1]', 'iter([1, 2])', '{1: 2}'])
    sl = f'slice({a}, {b}, {st})' if rng.random() < 0.5 else f'slice({a}, {b})'
    if rng.random() < 0.5:
        return f'setitem({target}, {sl}, {vals})'
    if rng.random() < 0.5:
        return f'setitem({target}, {r(rng, IDX)}, {vals})'
    return f'delitem({target}, {sl if rng.random() < 0.6 else r(rng, IDX)})'


BUILTIN_TEMPL = [
    "sorted({}, key={})", "sorted({}, reverse={})", "min({}, key={}, default={})", "max({}, default={})",
    "min({}, {})", "max({}, {}, key={})", "sum({}, {})", "sum({}, start={})", "list(zip({}, {}, strict={}))",
    "list(enumerate({}, {}))", "list(reversed({}))", "list(map({}, {}))", "list(filter({}, {}))", "any({})",
    "all({})", "abs({})", "hash({})", "int({})", "float({})", "complex({})", "complex({}, {})", "str({})",
    "bytes({})", "bool({})", "chr({})", "ord({})", "bin({})", "oct({})", "hex({})", "ascii({})", "repr({})",
    "isinstance({}, {})", "issubclass({}, {})", "len({})", "str({}, {})", "bytes({}, {})", "bytes({}, {}, {})",
    "bytearray({})", "list({})", "tuple({})", "dict({})", "set({})", "frozenset({})", "range({})",
    "range({}, {}, {})", "iter({}).__next__()", "next(iter({}), {})", "round({})", "round({}, {})",
    "divmod({}, {})", "pow({}, {})", "pow({}, {}, {})", "int({}, base={})", "format({})", "slice({}, {})",
    "callable({})", "bool({}) + 0", "dict({}, a={})", "dict.fromkeys({}, {})", "float({}).__round__({})",
    "int.__new__(int, {})", "list({}).sort(key={})", "getattr({}, {}, {})", "hasattr({}, {})",
]
FUNCS = ['len', 'abs', 'str', 'int', 'None', 'bool', 'repr', 'lambda x: -x', 'lambda x: x', 'str.lower',
         'lambda x: x % 3', 'float', 'lambda x: (x > 1)', 'ord', 'tuple']
TYPESARG = ['int', 'str', '(int, str)', '(int, (float, bool))', "'int'", '[int]', 'None', '()', 'object',
            'type', 'int | str', 'list[int]', 'Num', '(Num, 1)', 'bool', 'I']


def gen_builtin(rng):
    t = r(rng, BUILTIN_TEMPL)
    args = []
    for j in range(t.count('{}')):
        c = rng.random()
        if ('key' in t or 'map' in t or 'filter' in t) and j >= (0 if 'map' in t or 'filter' in t else 1) and c < 0.5:
            args.append(r(rng, FUNCS))
        elif ('isinstance' in t or 'issubclass' in t) and j == 1:
            args.append(r(rng, TYPESARG))
        elif c < 0.6:
            args.append(val(rng))
        else:
            args.append(r(rng, ARGPOOL))
    if t == "hash({})" and not any(c.isdigit() for c in args[0][:2]) and not args[0].startswith(("float", "True", "False", "Decimal", "Fraction", "complex", "(")):
        args[0] = r(rng, INTS + FLOATS + COMPLEX)
    if t == "hash({})" and ('nan' in args[0].lower() or 'None' in args[0]):
        args[0] = '1.5'  # the hashes of nan, Decimal NaN and None are their addresses in CPython 3.11
    return t.format(*args)


CATS = {'binop': gen_binop, 'unop': gen_unop, 'aug': gen_aug, 'cmp': gen_cmp, 'method': gen_method,
        'specific': gen_specific, 'format': gen_format, 'strfmt': gen_strfmt, 'slice': gen_slice,
        'builtin': gen_builtin}
WEIGHTS = {'binop': 3, 'unop': 1, 'aug': 1, 'cmp': 2, 'method': 4, 'specific': 3, 'format': 4, 'strfmt': 2,
           'slice': 3, 'builtin': 4}
