# bytes and bytearray methods on data long enough that the scans run over
# several windows, and conversions that build large results in place.

base = b'a' * 10000
for at in [0, 1019, 1020, 1023, 3060, 3069, 7160, 9995]:
    b = base[:at] + b'bcdef' + base[at + 5:]
    print(at, b.find(b'bcdef'), b.rfind(b'bcdef'), b'bcdef' in b, b.count(b'bcdef'),
          b.rfind(b'bcdef', 0, at + 4), len(b.rsplit(b'bcdef', 1)[1]),
          [len(p) for p in b.rpartition(b'bcdef')], b.find(98), 98 in b)
b = (b'xy' * 700 + b'needle') * 5
print(b.count(b'needle'), [len(p) for p in b.rsplit(b'needle')], b.rfind(b'xyn'))
print(len(b.replace(b'xy', b'')), b.replace(b'needle', b'N').count(b'N'))
print(len((b' \t' * 900 + b'word' + b'\n ' * 800).split()), (b'  ab  ' * 300).split()[-1])
print(len(b'\n'.join(b'%d' % i for i in range(400)).splitlines()), b'x'.center(9, b'-'))
print(len((b'  x  ' * 500).strip()), (b'.' * 3000 + b'k').lstrip(b'.'))
print((b'AbC' * 700).lower()[:9], (b'AbC' * 700).swapcase()[-6:], (b'ab cd' * 300).title()[:12])
print(bytes(range(256)).hex()[-20:], (b'\x01\x02' * 700).hex(':', 3)[:20], len(b'ab'.hex() * 900))
print(repr(b'\x00\'"\\\n' * 300)[-20:], repr(bytearray(b"it's" * 300))[-12:])
print(bytes.fromhex('00ff ' * 500)[-4:], (b'ab' * 1000).translate(None, b'a')[:5])
print((b'ab' * 3) * 700 == b'ab' * 2100, len(bytearray(b'xyz') * 1000))
for n in [-1, -128, -129, -255, -256, -257, -(2**64), -(2**64) + 1, -(2**63), 2**64 - 1, 0]:
    for length in [9, 16, 40]:
        print(n, length, n.to_bytes(length, 'big', signed=True).hex(),
              n.to_bytes(length, 'little', signed=True).hex() if n < 0 else '')
for n in [-128, -129, -32768, -32769]:
    for length in [1, 2]:
        try:
            print(n, length, n.to_bytes(length, 'big', signed=True))
        except OverflowError as e:
            print(n, length, 'OverflowError', e)
print(int.from_bytes(b'\xff' * 40, 'big', signed=True), int.from_bytes(b'\x80' + b'\x00' * 39, 'big', signed=True))
try:
    int(b'x' * 300)
except ValueError as e:
    print('ValueError', e)
try:
    float(b'y' * 300)
except ValueError as e:
    print('ValueError', len(str(e)))
