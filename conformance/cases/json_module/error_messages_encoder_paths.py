# json messages that depend on which CPython encoder runs: the C one for a
# one-shot dumps without indent, the Python one otherwise; and bytes input
# decoded by json.detect_encoding.
import json


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


for value in (float('inf'), float('-inf'), float('nan'), [1.5, float('nan')],
              {'a': float('inf')}, {float('inf'): 1}):
    show(json.dumps, value, allow_nan=False)
    show(json.dumps, value, allow_nan=False, indent=2)
    show(lambda: list(json.JSONEncoder(allow_nan=False).iterencode(value)))
show(json.dumps, [1], separators=(1, 2))
show(json.dumps, [1], separators=(',', 2))
show(json.dumps, {'a': 1}, separators=(1, 2))
show(json.dumps, 'x', separators=(1, 2))
show(json.dumps, 5, separators=(1, 2))
for data in (b'"x"', b'\xef\xbb\xbf"x"', '"x"'.encode('utf-16'),
             '"x"'.encode('utf-16-le'), '"x"'.encode('utf-16-be'),
             '[1]'.encode('utf-32'), '[1]'.encode('utf-32-le'),
             '[1]'.encode('utf-32-be'), b'1', b'12', bytearray(b'[2]')):
    show(json.detect_encoding, data)
    show(json.loads, data)
for text in ('"\\u12"', '"\\u12', '"\\uzzzz"', '"\\ud800\\u12"', '\ufeff1'):
    show(json.loads, text)
