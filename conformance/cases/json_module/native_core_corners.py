# The native scanner and one-shot encoder against CPython's _json: error
# messages and positions (in non-ASCII documents too), surrogates, numbers,
# hooks, key sharing, recursion depth, subclasses, circular references,
# default() changing the list being encoded, separators.
import json, sys
from collections import OrderedDict
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'pos', ''), getattr(e, 'lineno', ''), getattr(e, 'colno', ''))
docs = ['', ' ', '{', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12x4"',
        '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83dx"', '"é\\q"', 'ééé', '{"é": [1, 2, "ü"], "k": tru}',
        '"\t"', '[-]', '-', '-0', '0.5e', '1e5', '1E+5', '1.5e-3', '01', '1.', '.5', '-Infinity', 'NaN', 'Infinity', 'nul',
        '[1, 2, 3] x', '  {"a": [true, false, null]}  ', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '12345678901234567890123',
        '-9223372036854775809', '[' * 5 + ']' * 5, '{"a": {"b": {"c": []}}}', '"\\u00e9\\u4e2d"', '"\x7f"', '1' * 5000,
        '\ufeff[]', '[1,\n 2,\n x]', '{"a":1, "a":2, "b":3}', '"abc\\', '[1e400, -1e400]']
for d in docs:
    t(lambda: json.loads(d))
t(lambda: json.loads('[1.5, 2]', parse_float=lambda s: ('F', s), parse_int=lambda s: ('I', s)))
t(lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
t(lambda: json.loads('{"a": 1, "b": [2]}', object_pairs_hook=OrderedDict))
t(lambda: json.loads('[NaN, Infinity]', parse_constant=lambda c: 'C' + c))
t(lambda: json.loads('"a\tb"', strict=False))
t(lambda: json.loads('{"a\tb": 1}', strict=False))
t(lambda: json.decoder.scanstring('"hello" x', 1))
t(lambda: json.decoder.scanstring('"hé\\u00e9" x', 1))
t(lambda: json.decoder.scanstring('"abc', 1))
t(lambda: json.decoder.scanstring('abc', 5))
t(lambda: json.decoder.scanstring('abc', -1))
t(lambda: json.decoder.scanstring(b'abc', 1))
t(lambda: json.JSONDecoder().raw_decode('  [1] tail', 2))
t(lambda: json.JSONDecoder().raw_decode('[1]', -1))
t(lambda: json.JSONDecoder().raw_decode('[1]', 10))
t(lambda: json.JSONDecoder().raw_decode('é[1]', 1))
t(lambda: json.JSONDecoder().raw_decode(b'[1]', 0))
l = json.loads('[{"key": 1}, {"key": 2}]')
print(list(l[0])[0] is list(l[1])[0])
t(lambda: json.loads('[' * 3000 + ']' * 3000))
t(lambda: json.loads('{"a":' * 3000 + '1' + '}' * 3000))
t(lambda: len(json.loads('[' * 900 + ']' * 900)))
# encoding
class F(float):
    def __repr__(self): return 'F!'
class I(int):
    def __repr__(self): return 'I!'
class D(dict):
    def items(self): return [('z', 1), ('a', 2)]
class L(list):
    def __iter__(self): return iter([9, 8])
objs = [None, True, 1, -5, 10**30, 1.5, 1e100, float('nan'), float('inf'), -float('inf'), 'é\u2603\U0001f600\x00\x1f"\\/\x7f',
        [], {}, (), [1, [2, [3]]], {'a': 1, 2: 'b', 3.5: None, True: 1, None: 2, False: 3}, F(2.5), I(7), D(q=1), L([1, 2, 3]),
        {F(1.5): 1, I(3): 2}, ({},), [{}], 'plain', {'k': [1, {'m': (2, 3)}]}]
for o in objs:
    t(lambda: json.dumps(o))
    t(lambda: json.dumps(o, ensure_ascii=False))
    t(lambda: json.dumps(o, sort_keys=True, separators=(',', ':')))
    t(lambda: json.dumps(o, indent=2))
t(lambda: json.dumps({(1, 2): 3}))
t(lambda: json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
t(lambda: json.dumps({'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}, sort_keys=True))
t(lambda: json.dumps({'b': 1, 1: 2}, sort_keys=True))
t(lambda: json.dumps(float('nan'), allow_nan=False))
t(lambda: json.dumps({'k': float('inf')}, allow_nan=False))
t(lambda: json.dumps({float('inf'): 1}, allow_nan=False))
t(lambda: json.dumps(object()))
t(lambda: json.dumps({1, 2}, default=sorted))
t(lambda: json.dumps([1, {2}, 3], default=list))
a = []; a.append(a)
t(lambda: json.dumps(a))
d = {}; d['d'] = d
t(lambda: json.dumps(d))
t(lambda: json.dumps(a, check_circular=False))
class X: pass
def selfref(o): return o
t(lambda: json.dumps(X(), default=selfref))
t(lambda: json.dumps(X(), default=selfref, check_circular=False))
lst = [1, 2, X(), 4, 5]
def shrink(o):
    del lst[3:]
    return 'x'
t(lambda: json.dumps(lst, default=shrink))
t(lambda: json.dumps(10**5000))
t(lambda: json.dumps({10**5000: 1}))
t(lambda: json.dumps([[[]]] * 3, separators=(' , ', ' : ')))
deep = []
cur = deep
for _ in range(3000):
    n = []; cur.append(n); cur = n
t(lambda: json.dumps(deep))
t(lambda: json.dumps(deep, check_circular=False))
t(lambda: json.dumps('x', separators=(1, 2)))
t(lambda: json.dumps([1], separators=(1, 2)))
t(lambda: json.dumps({'a': 1}, separators=(',', 2)))
t(lambda: json.encoder.encode_basestring('é"\n'))
t(lambda: json.encoder.encode_basestring_ascii('é"\n\U0001f600'))
t(lambda: json.encoder.encode_basestring_ascii(5))
t(lambda: json.dumps('\ud800'))
t(lambda: json.dumps('\ud800', ensure_ascii=False).encode('utf-8', 'surrogatepass'))
t(lambda: json.loads('"\\ud800"') == '\ud800')
t(lambda: json.dumps(json.loads('{"a": [1, 2.5, "x", null, true]}'), indent='\t'))
