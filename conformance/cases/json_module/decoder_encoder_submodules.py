# json.decoder and json.encoder: the submodules a script imports names from,
# scanstring and the basestring encoders, raw_decode's index checks, and the
# shared str of a key that repeats.
import json
from json.decoder import JSONDecodeError, JSONDecoder
from json.encoder import JSONEncoder, encode_basestring, encode_basestring_ascii
import json.decoder

print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder)
print(JSONEncoder is json.JSONEncoder, json.decoder is not json)
print(JSONDecoder, JSONEncoder, JSONDecodeError)
print(JSONDecoder.__module__, JSONEncoder.__module__)

try:
    json.loads('{"a": }')
except json.decoder.JSONDecodeError as e:
    print(type(e).__module__, type(e).__name__, e.msg, e.pos, e.lineno, e.colno)

print(json.decoder.scanstring('"plain" rest', 1))
print(json.decoder.scanstring('x"esc\\n\\u00e9\\ud83d\\ude00"', 2))
print(json.decoder.scanstring('"tab\there"', 1, False))
for args in [('"abc', 1), ('"abc"', 7), ('"abc"', -1), ('"a\tb"', 1), ('"\\q"', 1)]:
    try:
        print(json.decoder.scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.decoder.scanstring('"a"', 2 ** 63)
except OverflowError as e:
    print('OverflowError', e)
try:
    json.decoder.scanstring(b'"a"', 1)
except TypeError as e:
    print('TypeError', e)

print(encode_basestring('caf\u00e9 "q" \\ \x01\n'))
print(encode_basestring_ascii('caf\u00e9 \U0001f600 \x7f'))
for bad in (1, None, b'x'):
    try:
        encode_basestring_ascii(bad)
    except TypeError as e:
        print('TypeError', e)
print(json.encoder.INFINITY, json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf)

decoder = JSONDecoder()
print(decoder.raw_decode('  [1, 2] tail', 2))
for text, idx in [('[1]', -1), ('[1]', 10), ('', 0)]:
    try:
        print(decoder.raw_decode(text, idx))
    except JSONDecodeError as e:
        print('JSONDecodeError', e)
    except ValueError as e:
        print('ValueError', e)

rows = json.loads('[{"name": 1, "size": 2}, {"name": 3, "size": 4}]')
print(all(a is b for a, b in zip(rows[0], rows[1])))
pairs = json.loads('{"k": {"k": 1}}', object_pairs_hook=list)
print(pairs, pairs[0][0] is pairs[0][1][0][0])
# The index is checked before the string's type.
for args in [(b'"a"', 2 ** 63), (b'"a"', 'x')]:
    try:
        json.decoder.scanstring(*args)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
