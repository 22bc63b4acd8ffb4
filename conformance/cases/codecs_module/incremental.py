# Incremental encoders and decoders, iterencode/iterdecode, and the
# non-final forms of the codec functions.
import codecs

def feed(encoding, chunks):
    dec = codecs.getincrementaldecoder(encoding)()
    out = [dec.decode(c) for c in chunks]
    out.append(dec.decode(b'', final=True))
    return out

print(feed('utf-8', [b'\xe2', b'\x82', b'\xac!', b'\xf0\x9f\x98', b'\x80']))
print(feed('utf-16', [b'\xff', b'\xfea', b'\x00\x3d\xd8', b'\x00\xde']))
print(feed('utf-16-be', [b'\x00', b'a\xd8\x3d', b'\xde\x00']))
print(feed('utf-32', [b'\xff\xfe\x00', b'\x00a\x00\x00\x00b', b'\x00\x00\x00']))
try:
    feed('utf-32', [b'\xff\xfe\x00', b'\x00a\x00\x00\x00b'])
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(feed('utf-8-sig', [b'\xef', b'\xbb', b'\xbfx', b'\xef\xbb\xbf']))
print(feed('utf-8-sig', [b'ab']))
print(feed('latin-1', [b'\xe9', b'x']))
print(feed('cp1252', [b'\x80\x99']))
print(feed('unicode_escape', [b'a\\', b'x4', b'1\\u20', b'ac\\N{', b'EURO SIGN}']))
dec = codecs.getincrementaldecoder('utf-8')()
dec.decode(b'\xe2\x82')
print(dec.getstate())
dec.reset()
print(dec.getstate(), repr(dec.decode(b'ok')))
try:
    codecs.getincrementaldecoder('utf-8')().decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
try:
    codecs.getincrementaldecoder('utf-16')().decode(b'a\x00b\x00')
except UnicodeError as e:
    print(type(e).__name__, e)
d = codecs.getincrementaldecoder('utf-16')()
print(d.getstate(), repr(d.decode(b'\xfe')), d.getstate(), repr(d.decode(b'\xff\x00a\x00')), d.getstate())

enc = codecs.getincrementalencoder('utf-16')()
print(enc.getstate(), enc.encode('a'), enc.getstate(), enc.encode('b'))
enc.reset()
print(enc.encode('c'))
enc = codecs.getincrementalencoder('utf-8-sig')()
print(enc.encode('a'), enc.encode('b'), enc.getstate())
enc = codecs.getincrementalencoder('ascii')('replace')
print(enc.encode('a\xe9'), enc.errors)

print(list(codecs.iterdecode([b'\xe2', b'\x82\xac', b'a'], 'utf-8')))
print(list(codecs.iterencode(['a', '\u20ac', ''], 'utf-16')))
print(list(codecs.iterencode(['x', 'y'], 'rot13')))
print(list(codecs.iterdecode(iter([b'6', b'16', b'2']), 'utf-8')))

print(codecs.utf_8_decode(b'ab\xc3', None, False), codecs.utf_8_decode(b'ab\xc3\xa9'))
print(codecs.utf_8_decode(b'a\xff\xc3', 'replace', False), codecs.utf_8_decode(b'a\xf0\x9f', None, False))
print(codecs.utf_16_decode(b'\xff\xfea\x00\x3d\xd8', None, False))
print(codecs.utf_16_le_decode(b'a\x00\x3d\xd8\x00', None, False))
print(codecs.utf_16_ex_decode(b'a\x00b\x00'), codecs.utf_16_ex_decode(b'\xfe\xff\x00a'))
print(codecs.utf_16_ex_decode(b'a\x00b\x00', None, 1), codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b', None, False))
print(codecs.utf_16_encode('ab'), codecs.utf_16_encode('ab', None, 1), codecs.utf_16_encode('ab', None, -1))
print(codecs.utf_32_be_encode('a'), codecs.latin_1_encode('\xe9'), codecs.ascii_decode(b'ab'))
print(codecs.utf_8_encode('\ud800', 'surrogatepass'), codecs.utf_8_decode(bytearray(b'xy')))
for d in [b'ab\\', b'ab\\x4', b'ab\\x4g', b'ab\\u12', b'ab\\U0001F60', b'ab\\N', b'ab\\N{',
          b'ab\\N{EURO', b'ab\\\\', b'ab\\\\\\', b'ab\\1']:
    for f in [codecs.unicode_escape_decode, codecs.raw_unicode_escape_decode]:
        try:
            print(d, f(d, None, False))
        except Exception as e:
            print(d, type(e).__name__, e)
print(codecs.unicode_escape_decode('a\\tb\u20ac'), codecs.unicode_escape_encode('a\tb\u20ac'))
for call in [lambda: codecs.utf_8_encode(b'x'), lambda: codecs.utf_8_decode('x'),
             lambda: codecs.utf_8_decode(b'x', 1), lambda: codecs.utf_8_encode('x', 'strict', 3),
             lambda: codecs.utf_8_decode(b'x', None, 'yes'), lambda: codecs.ascii_decode(b'x', None, True),
             lambda: codecs.utf_16_encode('x', None, 1.5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
