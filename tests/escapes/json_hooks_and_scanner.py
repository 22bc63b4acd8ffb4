# json's hooks call what the script passes (object_hook, object_pairs_hook,
# parse_float/int/constant, cls=, default=): harmless, since the script
# could call them itself; its internals (the scanner, scanstring, the C
# accelerators' names, the encoder's markers) give nothing new, and a
# default= that returns itself or huge nesting ends in an error.
import json, json.decoder, json.encoder
attempts = [
    lambda: json.loads('{"a": 1}', object_hook=type),
    lambda: json.loads('{"a": 1}', object_pairs_hook=lambda p: type(*p[0], {})),
    lambda: json.loads('NaN', parse_constant=lambda c: c.__class__.__base__),
    lambda: json.dumps(object(), default=lambda o: o),
    lambda: json.dumps([1], default=None, cls=type('E', (), {})),
    lambda: json.decoder.scanstring('"abc"', 1),
    lambda: json.decoder.c_scanstring,
    lambda: json.encoder.c_make_encoder,
    lambda: json.JSONDecoder().scan_once.__self__,
    lambda: json.JSONDecoder().scan_once.__closure__,
    lambda: json.loads('[' * 100000 + ']' * 100000),
]
for attack in attempts:
    try:
        print('gave', attack())
    except (TypeError, ValueError, AttributeError, RecursionError) as e:
        print(type(e).__name__, str(e)[:80])
# expect-output: gave <class 'dict'>
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: ValueError Circular reference detected
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: gave ('abc', 5)
# expect-output: AttributeError module 'json.decoder' has no attribute 'c_scanstring'
# expect-output: AttributeError module 'json.encoder' has no attribute 'c_make_encoder'
# expect-output: AttributeError 'JSONDecoder' object has no attribute 'scan_once'
# expect-output: AttributeError 'JSONDecoder' object has no attribute 'scan_once'
# expect-output: RecursionError maximum recursion depth exceeded while decoding a JSON array from a unicode stri
