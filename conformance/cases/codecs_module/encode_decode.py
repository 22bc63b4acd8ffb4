# codecs.encode/decode over text codecs and the bytes and str codecs, with
# the registry's wrapping of a codec's simple errors.
import codecs

print(codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
print(codecs.encode(b'\x00\xffab', 'hex'), codecs.decode(b'00ff6162', 'hex_codec'))
print(codecs.decode('616263', 'hex'))
print(codecs.encode(b'moat' * 20, 'base64'))
print(codecs.decode(b'bW9hdA==\n', 'base_64'))
print(codecs.encode(b'h\xe9llo = world\t!', 'quopri'), codecs.decode(b'h=E9llo=3D', 'quopri'))
uu = codecs.encode(b'hello world\n' * 5, 'uu')
print(uu)
print(codecs.decode(uu, 'uu'))
print(codecs.encode('caf\xe9 \u20ac'), codecs.encode('caf\xe9', 'latin-1'), codecs.encode('x', 'UTF-16'))
print(codecs.decode(b'caf\xc3\xa9'), codecs.decode(b'\x80', 'cp1252'), codecs.decode(b'\xff\xfea\x00', 'utf16'))
print(codecs.encode('a\xe9\u20ac', 'ascii', 'replace'), codecs.encode('a\xe9', 'ascii', 'xmlcharrefreplace'))
print(codecs.decode(b'a\xffb', 'utf-8', 'replace'), codecs.decode(b'a\xffb', 'ascii', 'ignore'))
print(repr(codecs.decode('\\n\\x41\\u20ac', 'unicode_escape')), codecs.decode(b'\\t', 'unicode-escape'))
print(codecs.encode('a\tb\u20ac\n', 'unicode_escape'), codecs.encode('\u20ac\\', 'raw_unicode_escape'))
print(codecs.encode('x', 'utf-8-sig'), codecs.decode(b'\xef\xbb\xbfx', 'utf_8_sig'))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e, '| cause:', repr(e.__cause__))

show(codecs.encode, 'abc', 'hex')
show(codecs.encode, b'x', 'utf-8')
show(codecs.encode, '\xe9', 'ascii')
show(codecs.encode, '\xe9', 'ascii', 'bogus')
show(codecs.encode, 'x', 'no-such-codec')
show(codecs.decode, b'abc', 'rot13')
show(codecs.decode, 'abc', 'utf-8')
show(codecs.decode, b'\xff', 'utf-8')
show(codecs.decode, b'zz', 'hex')
show(codecs.decode, b'zz', 'base64')
show(codecs.decode, b'no begin line', 'uu')
show(codecs.encode, 'x', 1)
show(codecs.encode, 'x', 'utf-8', 1)
show(codecs.decode, b'x', 'utf-8', None)
print('x'.encode('utf-8'), b'\xe9'.decode('latin-1'))
show('abc'.encode, 'rot13')
