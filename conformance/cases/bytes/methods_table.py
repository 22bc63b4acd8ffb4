def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
b = b'hello world'
t(1, lambda: b.hex()); t(2, lambda: b.hex(':')); t(3, lambda: b.hex(':', 2)); t(4, lambda: b.hex(':', -2)); t(5, lambda: b.hex('::')); t(6, lambda: b.hex(b'-')); t(7, lambda: b.hex('é')); t(8, lambda: b''.hex(':'))
t(9, lambda: bytes.fromhex('de ad be ef')); t(10, lambda: bytes.fromhex('dea')); t(11, lambda: bytes.fromhex('zz')); t(12, lambda: bytearray.fromhex('00ff')); t(13, lambda: bytes.fromhex(' 0 1')); t(14, lambda: bytes.fromhex(b'00'))
t(15, lambda: b[0]); t(16, lambda: b[-100]); t(17, lambda: b[1:3]); t(18, lambda: b + 'a'); t(19, lambda: b + bytearray(b'x')); t(20, lambda: bytearray(b'x') + b'y'); t(21, lambda: b * 2); t(22, lambda: 104 in b); t(23, lambda: 300 in b)
t(24, lambda: 'h' in b); t(25, lambda: b'lo' in b); t(26, lambda: b.split()); t(27, lambda: b.split(b'o')); t(28, lambda: b.split('o')); t(29, lambda: b.replace(b'l', b'L')); t(30, lambda: b.decode()); t(31, lambda: b'\xff'.decode())
t(32, lambda: b'\xff'.decode('utf-8', 'ignore')); t(33, lambda: b'\xff'.decode('latin-1')); t(34, lambda: b.find(111)); t(35, lambda: b.find(256)); t(36, lambda: b.count(b'l')); t(37, lambda: b.index(b'z')); t(38, lambda: b.startswith('h'))
t(39, lambda: bytes(5)); t(40, lambda: bytes(-1)); t(41, lambda: bytes([1, 256])); t(42, lambda: bytes('abc')); t(43, lambda: bytes('abc', 'ascii')); t(44, lambda: bytes(b'x', 'ascii')); t(45, lambda: bytes(1.5)); t(46, lambda: bytes([1.5]))
t(47, lambda: bytearray(3)); t(48, lambda: bytearray(b'ab').append(300)); t(49, lambda: bytearray(b'ab').pop()); t(50, lambda: bytearray().pop()); t(51, lambda: bytearray(b'abc').remove(120)); t(52, lambda: bytearray(b'ab').extend([1, 2]))
def f53():
    x = bytearray(b'abc'); x[0] = 300
t(53, f53)
def f54():
    x = bytearray(b'abc'); x[0:1] = b'XYZ'; return x
t(54, f54)
def f55():
    x = bytearray(b'abc'); x[0] = b'a'
t(55, f55)
def f56():
    x = bytearray(b'abc'); x += 'd'
t(56, f56)
t(57, lambda: b.title()); t(58, lambda: b.center(15, b'*')); t(59, lambda: b.center(15, '*')); t(60, lambda: b.zfill(13)); t(61, lambda: b.expandtabs()); t(62, lambda: b'a\tb'.expandtabs(4)); t(63, lambda: b.translate(None, b'lo'))
t(64, lambda: b.translate(bytes.maketrans(b'lo', b'01'))); t(65, lambda: b.translate(b'x')); t(66, lambda: bytes.maketrans(b'a', b'bc')); t(67, lambda: b.isalpha()); t(68, lambda: b'ab1'.isalnum()); t(69, lambda: b.isascii()); t(70, lambda: b'Ab Cd'.istitle())
t(71, lambda: b.partition(b' ')); t(72, lambda: b.rpartition(b'o')); t(73, lambda: b.join([b'a', b'b'])); t(74, lambda: b','.join([b'a', 'b'])); t(75, lambda: b','.join([b'a', bytearray(b'b')])); t(76, lambda: b.removeprefix(b'he')); t(77, lambda: b.strip(b'hd'))
t(78, lambda: b.splitlines()); t(79, lambda: b'a\r\nb'.splitlines(True)); t(80, lambda: bytes.fromhex()); t(81, lambda: repr(bytearray(b'a\'"'))); t(82, lambda: repr(b'a\'"')); t(83, lambda: repr(b"a'")); t(84, lambda: str(b'\x00\x7f\x80\n\t\\'))
t(85, lambda: b < 'a'); t(86, lambda: b == 'hello world'); t(87, lambda: b == bytearray(b)); t(88, lambda: hash(bytearray())); t(89, lambda: b.count(108, 0, 5)); t(90, lambda: b.rfind(b'o', -3)); t(91, lambda: b.ljust(14, b'ab'))
t(92, lambda: b[::-1]); t(93, lambda: bytearray(b'abc')[::2]); t(94, lambda: bytearray(b'abc').copy()); t(95, lambda: bytearray(b'abc').reverse()); t(96, lambda: bytearray(b'abc').insert(0, 65)); t(97, lambda: bytearray(b'abc').clear())
t(98, lambda: bytes(range(5)).hex(' ', 2)); t(99, lambda: b'abc'.hex(sep='-', bytes_per_sep=1)); t(100, lambda: (b'%s' % 'x')); t(101, lambda: list(b'ab')); t(102, lambda: b'ab'.upper().lower().swapcase().capitalize()); t(103, lambda: b'x'.decode('nope'))
t(104, lambda: bytes(x=1)); t(105, lambda: bytes(source=b'1')); t(106, lambda: bytes('é', 'ascii')); t(107, lambda: bytearray('é', 'utf-8')); t(108, lambda: bytes('a', errors='strict')); t(109, lambda: bytearray(b'ab') * -1); t(110, lambda: b'abc'.split(maxsplit=1))
