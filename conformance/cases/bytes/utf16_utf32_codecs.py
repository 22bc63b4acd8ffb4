# utf-16 and utf-32 with and without a byte order mark, every error handler,
# and the errors' ranges and messages (a decoder names the byte order it read).
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, e.encoding, e.start, e.end)
    except Exception as e:
        print(type(e).__name__, e)


ERRORS = ['strict', 'replace', 'ignore', 'backslashreplace', 'surrogatepass', 'surrogateescape']
DECODE = [b'', b'a', b'a\x00', b'\xff\xfe', b'\xfe\xff', b'\xff\xfea\x00b', b'\xfe\xff\x00a',
          b'a\x00\x00\xd8', b'a\x00\x00\xd8b\x00', b'\x00\xdcx\x00', b'\x00\xd8\x00\xdc',
          b'\x00\xd8\x00\xd8\x00\xdc', b'a\x00\x00\xd8\x00', b'\xff\xfe\xff', b'\x80\xdc\x00\x00',
          b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'\x00\x00\x11\x00',
          b'a\x00\x00\x00\xff\xff\xff\xff', b'a\x00\x00\x00b\x00']
ENCODE = ['', 'a', 'é€𝄞', 'a\ud800b', '\udc80\udcff', 'x\ud800\udc00y']
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print('==', enc)
    for data in DECODE:
        for err in ERRORS:
            print(data, err, end=' ')
            show(lambda: data.decode(enc, err))
    for s in ENCODE:
        for err in ERRORS + ['xmlcharrefreplace']:
            print(repr(s), err, end=' ')
            show(lambda: s.encode(enc, err))

for name in ['UTF16', 'utf_16', 'u16', 'utf-16le', 'UTF-16LE', 'utf_16_be', 'unicodebigunmarked',
             'unicodelittleunmarked', 'utf_32', 'u32', 'utf32', 'utf_32le', 'utf-32be', 'UTF-32-LE',
             'utf16be', 'utf.16']:
    show(lambda: (name, 'é'.encode(name), 'é'.encode(name).decode(name)))

text = 'Grüße, 世界! 🎉'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32']:
    data = text.encode(enc)
    print(enc, len(data), data[:6], data.decode(enc) == text, str(data, enc) == text,
          bytes(text, enc) == data, bytearray(text, enc) == data)
print(len('🎉'.encode('utf-16-le')) // 2, b'\xff\xfeh\x00i\x00'.decode('utf-16').encode('utf-16-be').hex(' '))
