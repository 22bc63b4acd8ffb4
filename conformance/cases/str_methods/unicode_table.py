def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
s = 'ǅungla ǈ İstanbul ß ﬃ ŉ ΐ Σίσυφος ΣΑΣ'
t(1, lambda: s.upper()); t(2, lambda: s.lower()); t(3, lambda: s.title()); t(4, lambda: s.capitalize()); t(5, lambda: s.swapcase()); t(6, lambda: s.casefold())
t(7, lambda: 'ΑΣ'.lower()); t(8, lambda: 'ΑΣ Α'.lower()); t(9, lambda: 'Σ'.lower()); t(10, lambda: 'aΣb'.lower()); t(11, lambda: 'AΣ.'.lower()); t(12, lambda: 'A.Σ'.lower())
t(13, lambda: '１２３'.isdigit()); t(14, lambda: int('１２３')); t(15, lambda: float('１.５')); t(16, lambda: '٣'.isdecimal()); t(17, lambda: 'Ⅻ'.isnumeric()); t(18, lambda: 'Ⅻ'.isalpha()); t(19, lambda: '\u2028'.isspace())
t(20, lambda: '\x1c\x1d\x1e\x1f\x85'.split()); t(21, lambda: 'a\u2028b\u2029c\x85d'.splitlines()); t(22, lambda: '\u3000a\u3000'.strip()); t(23, lambda: 'a\u200bb'.split()); t(24, lambda: 'ǅ'.isupper()); t(25, lambda: 'ǅ'.islower())
t(26, lambda: 'ǆ'.title()); t(27, lambda: 'ǆ'.upper()); t(28, lambda: 'hello'.center(10, 'ü')); t(29, lambda: '日本'.ljust(5, '*')); t(30, lambda: '日本語'[1:]); t(31, lambda: '日本語'.find('語')); t(32, lambda: '日本語'.encode())
t(33, lambda: 'aé日😀'.encode('utf-8')); t(34, lambda: len('aé日😀')); t(35, lambda: 'aé日😀'[::-1]); t(36, lambda: 'aé日😀'.index('😀')); t(37, lambda: '😀'.isprintable()); t(38, lambda: 'a😀b'.split('😀')); t(39, lambda: sorted('bäa'))
t(40, lambda: 'éa'.encode('latin-1')); t(44, lambda: 'é'.encode('utf8')); t(45, lambda: 'é'.encode('UTF_8')); t(46, lambda: 'é'.encode('Latin1'))
t(47, lambda: b'\x80abc'.decode('ascii')); t(48, lambda: b'\xc3\x28'.decode('utf-8')); t(49, lambda: b'\xc3'.decode('utf-8')); t(50, lambda: b'ab\xff'.decode('utf-8', 'backslashreplace')); t(51, lambda: b'ab\xff'.decode('ascii', 'replace')); t(52, lambda: 'ab\udcff'.encode('utf-8', 'surrogateescape'))
t(53, lambda: b'\xed\xa0\x80'.decode('utf-8')); t(54, lambda: b'\xf4\x90\x80\x80'.decode('utf-8')); t(55, lambda: 'a'.encode('ascii', 'strict')); t(56, lambda: 'ab€'.encode('latin-1'))
t(58, lambda: 'Straße'.upper().lower()); t(59, lambda: 'ﬁ'.title()); t(60, lambda: 'ŉ'.capitalize()); t(61, lambda: 'İ'.casefold()); t(62, lambda: '\u0130'.lower().upper()); t(63, lambda: 'aBc'.title()); t(64, lambda: "o'neil mc-don 3rd x2y".title())
t(65, lambda: chr(0x10FFFF)); t(66, lambda: ord('😀')); t(67, lambda: '\N{BULLET}'); t(68, lambda: ascii('\N{BULLET}')); t(69, lambda: repr('\x7f\xa0')); t(70, lambda: '%c' % 0x1F600); t(71, lambda: '{:c}'.format(0x1F600))
t(72, lambda: format('日本', '^6')); t(73, lambda: format('😀', '*>3')); t(74, lambda: 'a\tb日\tc'.expandtabs(4)); t(75, lambda: '日本語'.zfill(5)); t(76, lambda: str.maketrans('日', '本')); t(77, lambda: '日日'.translate({ord('日'): '月'}))
t(78, lambda: '日本'.replace('', '|')); t(79, lambda: 'ab'.count('')); t(80, lambda: '日本'.count('')); t(81, lambda: '日本'.partition('本')); t(82, lambda: '日本'.rsplit('本')); t(83, lambda: '\u00e9' == 'e\u0301'); t(84, lambda: 'e\u0301'.upper())
