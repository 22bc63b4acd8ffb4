# StreamReader, StreamWriter, StreamReaderWriter and EncodedFile over
# in-memory streams.
import codecs
import io

r = codecs.getreader('utf-8')(io.BytesIO('line1\nl\xefne2\r\nline3'.encode()))
print(repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read()), repr(r.readline()))
r = codecs.getreader('utf-8')(io.BytesIO(b'a\nb\r\nc\rd'))
print(list(r))
r = codecs.getreader('utf-8')(io.BytesIO(b'a\nb\nc'))
print(r.readlines(), r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO(b'a\nb\nc'))
print(r.readlines(keepends=False))
r = codecs.getreader('utf-8')(io.BytesIO('\u20ac' .encode() * 50))
print(repr(r.read(3)), repr(r.read(chars=2)), len(r.read()))
long_line = 'x' * 20000 + '\nend'
r = codecs.getreader('latin-1')(io.BytesIO(long_line.encode()))
print(len(r.readline()), repr(r.readline()))
r = codecs.getreader('utf-16')(io.BytesIO('hi\nthere'.encode('utf-16')))
print(r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO(b'good\nbad\xff\n'))
try:
    r.readline()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
r = codecs.getreader('utf-8')(io.BytesIO(b'good\nbad\xff\n'))
print(repr(r.readline(size=6)), repr(r.charbuffer))

b = io.BytesIO()
w = codecs.getwriter('utf-16')(b)
w.write('hi')
w.write('!')
w.writelines(['x', 'y'])
print(b.getvalue())
b = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(b)
w.write('a')
w.write('b')
print(b.getvalue(), w.getvalue())
b = io.BytesIO()
with codecs.getwriter('ascii')(b, 'backslashreplace') as w:
    w.write('caf\xe9')
    print(b.getvalue(), w.closed)
print(b.closed)

buf = io.BytesIO()
info = codecs.lookup('utf-8')
rw = codecs.StreamReaderWriter(buf, info.streamreader, info.streamwriter)
rw.write('\u20ac1')
rw.seek(0)
print(repr(rw.read()), rw.encoding)

sr = codecs.EncodedFile(io.BytesIO('caf\xe9'.encode('latin-1')), 'utf-8', 'latin-1')
print(sr.read(), sr.data_encoding, sr.file_encoding)
out = io.BytesIO()
sr = codecs.EncodedFile(out, 'utf-8', 'utf-16-le')
sr.write('\u20ac'.encode())
print(out.getvalue())
