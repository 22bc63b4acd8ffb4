# getattr with dunder names built at run time in every way a pyjail payload
# spells them (concatenation, chr() joins, bytes.decode, %-formatting,
# escapes in literals, reversed strings, str.format, translate): a name is a
# name however it was made, so each reaches the same refusal as `obj.name`.
names = [
    '__cla' + 'ss__',
    ''.join(map(chr, [95, 95, 98, 97, 115, 101, 95, 95])),
    b'\x5f\x5fsubclasses\x5f\x5f'.decode(),
    '%c%cmro%c%c' % (95, 95, 95, 95),
    '\x5f\x5fbases\x5f\x5f',
    '\N{LOW LINE}\N{LOW LINE}globals\N{LOW LINE}\N{LOW LINE}',
    '__snitliub__'[::-1],
    '{0}{0}code{0}{0}'.format('_'),
    'XXclosureXX'.translate({88: 95}),
    bytes([95, 95, 100, 105, 99, 116, 95, 95]).decode('ascii'),
    '\u005f\u005fsubclasses\u005f\u005f',
    str(b'__self__', 'utf-8'),
]
def f():
    pass
for name in names:
    target = f if name in ('__globals__', '__builtins__', '__code__', '__closure__') else int
    target = print if name == '__self__' else target
    try:
        print(name, 'gave', getattr(target, name))
    except AttributeError as e:
        print(name, 'refused:', e)
# expect-output: __class__ gave <class 'type'>
# expect-output: __base__ refused: '__base__' is not available in the sandbox
# expect-output: __subclasses__ refused: '__subclasses__' is not available in the sandbox
# expect-output: __mro__ refused: '__mro__' is not available in the sandbox
# expect-output: __bases__ refused: '__bases__' is not available in the sandbox
# expect-output: __globals__ refused: '__globals__' is not available in the sandbox
# expect-output: __builtins__ refused: '__builtins__' is not available in the sandbox
# expect-output: __code__ refused: '__code__' is not available in the sandbox
# expect-output: __closure__ refused: '__closure__' is not available in the sandbox
# expect-output: __dict__ refused: '__dict__' is not available in the sandbox
# expect-output: __subclasses__ refused: '__subclasses__' is not available in the sandbox
# expect-output: __self__ refused: '__self__' is not available in the sandbox
