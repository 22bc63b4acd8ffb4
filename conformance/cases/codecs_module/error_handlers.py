# The error-handler functions, lookup_error/register_error, and the bytes
# functions escape_encode/escape_decode, charmap_* and readbuffer_encode.
import codecs

enc = UnicodeEncodeError('ascii', 'a\xe9\u20acb\U0001f600', 1, 5, 'bad')
dec = UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'bad')
tr = UnicodeTranslateError('a\xe9\u20ac', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    handler = codecs.lookup_error(name)
    print(name, handler, handler.__name__)
    for exc in (enc, dec, tr, ValueError('v')):
        try:
            print('  ', handler(exc))
        except Exception as e:
            print('  ', type(e).__name__, e)
print(codecs.lookup_error('strict'), codecs.lookup_error('surrogateescape'))
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xff\xfe', 1, 3, 'x')))
print(codecs.lookup_error('surrogateescape')(UnicodeEncodeError('utf-8', 'a\udcff\udc80', 1, 3, 'x')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'x')))
for bad in [lambda: codecs.strict_errors(1), lambda: codecs.strict_errors(ValueError('raised')),
            lambda: codecs.ignore_errors(ValueError()), lambda: codecs.lookup_error('zz'),
            lambda: codecs.lookup_error(1), lambda: codecs.register_error('x', 1),
            lambda: codecs.register_error(1, print)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def dashes(exc):
    return ('-' * (exc.end - exc.start), exc.end)

codecs.register_error('dashes', dashes)
print(codecs.lookup_error('dashes') is dashes)
print(codecs.charmap_decode(b'\x00\x01\x02', 'dashes', 'ab'))
print(codecs.charmap_decode(b'\x00\x01', 'replace', 'a'), codecs.charmap_decode(b'\xe9'))
print(codecs.charmap_decode(b'\x00\x01', None, {0: 'x', 1: 0x263a}))
print(codecs.charmap_encode('ab', None, {97: 1, 98: b'BB'}), codecs.charmap_build('abc'))
for bad in [lambda: codecs.charmap_decode(b'\x00\x01', None, 'a'),
            lambda: codecs.charmap_encode('ab', None, {97: 1}),
            lambda: codecs.charmap_encode('ab', 'replace', {97: 1})]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 'a', 2: 'b', 3: 'a'}))

print(codecs.escape_decode(b'\\x41\\n\\\'\\"'), codecs.escape_decode('\\x41\u20ac'))
print(codecs.escape_decode(b'\\101\\7\\\n\\a\\b\\f\\v\\r\\t\\0'))
print(codecs.escape_decode(b'\\x4g', 'replace'), codecs.escape_decode(b'\\xg', 'ignore'))
for bad in [b'\\x4', b'\\', b'ab\\x']:
    try:
        print(codecs.escape_decode(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    codecs.escape_decode(b'\\x4g', 'backslashreplace')
except ValueError as e:
    print('ValueError', e)
print(codecs.escape_encode(bytes(range(0, 256, 7))), codecs.escape_encode(b'a\n\x00\'"\\'))
print(codecs.readbuffer_encode('\xe9'), codecs.readbuffer_encode(b'ab'))
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_BE, codecs.BOM_UTF32, codecs.BOM_UTF32_BE, codecs.BOM64_LE)
