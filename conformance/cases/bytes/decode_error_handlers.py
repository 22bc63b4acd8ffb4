# Every codec with every built-in error handler on invalid input, decoding;
# and encoding with every handler but namereplace (which needs the character
# names: sandbox_cases/namereplace_encode_caught.py). namereplace and
# xmlcharrefreplace are encode-only: decoders raise TypeError for them.
encodings = ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
             'ascii', 'latin-1', 'cp1252', 'cp437', 'unicode_escape', 'raw_unicode_escape',
             'iso8859-5', 'mac_roman', 'koi8_r', 'UTF8', 'u16']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
            'surrogateescape', 'surrogatepass', 'namereplace']
bad_bytes = [b'\xff', b'\xc3', b'\x80abc', b'a\x00\x00', b'\xed\xa0\x80', b'\\x', b'\x00\xd8',
             b'\x00\xd8\x00\x00', b'\x81\x8d']
bad_text = ['\xe9', '\u20ac', '\U0001f600', '\udc80', 'a\ud800b', '\x81', '\u03a9z']
for encoding in encodings:
    for handler in handlers:
        for data in bad_bytes:
            try:
                result = ascii(data.decode(encoding, handler))
            except Exception as e:
                result = f'{type(e).__name__}: {e}'
            print('decode', encoding, handler, data, result)
        if handler == 'namereplace':
            continue
        for text in bad_text:
            try:
                result = repr(text.encode(encoding, handler))
            except Exception as e:
                result = f'{type(e).__name__}: {e}'
            print('encode', encoding, handler, ascii(text), result)
