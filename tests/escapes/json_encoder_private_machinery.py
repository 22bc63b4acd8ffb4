# json's encoder and decoder keep CPython's private machinery reachable:
# JSONEncoder.iterencode(o, _one_shot), the encoder's markers for circular
# checks, raw_decode's index, encode_basestring(_ascii) and scanstring with
# str subclasses and out-of-range ends. A script drives them with a default
# that returns the object itself (a cycle the markers must catch), a key
# function that mutates the dict being sorted, float reprs that lie and
# parse hooks that re-enter the decoder. All must end in CPython's errors
# or answers.
import json
import json.decoder
import json.encoder


def attempt(label, fn):
    try:
        print(label, 'ran:', repr(fn())[:100])
    except (TypeError, ValueError, RecursionError, AttributeError, IndexError,
            json.JSONDecodeError) as e:
        print(label, type(e).__name__, str(e)[:100])


class Opaque:
    pass


enc = json.JSONEncoder(default=lambda o: o)
attempt('default returns itself', lambda: enc.encode(Opaque()))
attempt('default returns itself no check',
        lambda: json.JSONEncoder(default=lambda o: [o], check_circular=True).encode(Opaque()))
attempt('one shot iterencode', lambda: ''.join(enc.iterencode([1, {'a': 2}], _one_shot=True)))


class Float(float):
    def __repr__(self):
        return 'NOT A NUMBER'


attempt('float subclass repr', lambda: json.dumps([Float(1.5), Float('nan')]))
attempt('allow_nan false', lambda: json.dumps(Float('inf'), allow_nan=False))


class Key(str):
    def __lt__(self, other):
        shared.clear()
        return True

    __hash__ = str.__hash__


shared = {Key('b'): 1, Key('a'): 2}
attempt('sort keys clears', lambda: json.dumps(shared, sort_keys=True))
attempt('non-str keys', lambda: json.dumps({(1, 2): 3}))
attempt('skipkeys', lambda: json.dumps({(1, 2): 3, 'k': Opaque()}, skipkeys=True, default=str)[:9])
depth = [0]


def reenter(pairs):
    depth[0] += 1
    if depth[0] < 50:
        return json.loads('{"inner": 1}', object_pairs_hook=reenter)
    return dict(pairs)


attempt('object_pairs_hook reenters', lambda: json.loads('{"a": {"b": 1}}', object_pairs_hook=reenter))
attempt('raw_decode past end', lambda: json.JSONDecoder().raw_decode('[1]', 10))
attempt('raw_decode negative', lambda: json.JSONDecoder().raw_decode('[1]', -1))
attempt('scanstring end', lambda: json.decoder.scanstring('"abc"', 10**6))
attempt('scanstring negative', lambda: json.decoder.scanstring('"abc"', -3))


class Text(str):
    def __len__(self):
        return 10**6

    def __getitem__(self, i):
        return '"'


attempt('basestring subclass', lambda: json.encoder.encode_basestring(Text('ab"c')))
attempt('basestring ascii subclass', lambda: json.encoder.encode_basestring_ascii(Text('\u20ac')))
# expect-output: default returns itself ValueError Circular reference detected
# expect-output: default returns itself no check ValueError Circular reference detected
# expect-output: one shot iterencode ran: '[1, {"a": 2}]'
# expect-output: float subclass repr ran: '[1.5, NaN]'
# expect-output: allow_nan false ValueError Out of range float values are not JSON compliant
# expect-output: sort keys clears ran: '{"a": 2, "b": 1}'
# expect-output: non-str keys TypeError keys must be str, int, float, bool or None, not tuple
# expect-output: skipkeys ran: '{"k": "<_'
# expect-output: object_pairs_hook reenters ran: {'a': {'inner': 1}}
# expect-output: raw_decode past end JSONDecodeError Expecting value: line 1 column 11 (char 10)
# expect-output: raw_decode negative ValueError idx cannot be negative
# expect-output: scanstring end ValueError end is out of bounds
# expect-output: scanstring negative ValueError end is out of bounds
# expect-output: basestring subclass ran: '"ab\\"c"'
# expect-output: basestring ascii subclass ran: '"\\u20ac"'
