import math
vals = [0, 7, -7, 1234567, -1234567, 2**64, -2**64]
for v in vals:
    for s in ['n', ',n' ,'_n', '08n', '+n', 'c' if 0 <= v < 0x110000 else 'd', '#o', '#b', '=+12,d', ' _x', '#_o', '+#_X', '0=+15_b', '<+15,', '>-15', '^ 15', '_' , '012_', '013,', '09,', '09_x', '012_b', '#012_b']:
        try: print(v, repr(s), repr(format(v, s)))
        except Exception as e: print(v, repr(s), type(e).__name__, e)
fl = [0.000123456, 123.456, 1e15, 1.5e16, 1e-5, 1e-4, 12345678.9, math.pi * 1e10, -1e-300, 2**0.5, 1/3, 2/3, 0.5, 1.5, 2.5, 1e300*1e10]
for v in fl:
    for s in ['.3', '.3g', '.10g', '#.3', '#.10', 'g', '#g', '.0', '.1', '.2e', '010.3', ',.10', '_.5', '12,', '.1f', '.15f', '%', '.0%', '#.0%', '+.2e', 'E', 'G', '.3G', '.20', '.25g', '.40f', '015,.2f', '015_.2e', '=+015,.2f', 'z.3', 'z', '-', '^+20,.4e']:
        try: print(v, repr(s), repr(format(v, s)))
        except Exception as e: print(v, repr(s), type(e).__name__, e)
print(format(-0.0, ''), format(-0.0, 'g'), format(-0.0, '.1f'), format(-0.0, 'z.1f'), format(-1e-10, 'z.3f'), format(-0.0, 'e'), format(-0.0, '%'), format(-0.0, 'z%'), format(-0.0, 'n'), format(-0.0, '+'), format(-0.0, 'z'))
print(str(1e16), str(1.0), str(1e-5), str(123456789.0), str(1234567890123456789.0), str(0.1), str(1e-310), format(1e-310, ''), format(1e-310, '.3'))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(-123.456, -3), round(5e-324, 400), round(1e308, -308))
print(round(7, -1), round(15, -1), round(25, -1), round(-15, -1), round(10**20 + 5, -1), round(12, 0), type(round(12, 0)), round(1.25, 1), round(1.35, 1), round(0.125, 2))
print(int(1e300) % 1000, float(2**1023) * 2, 2**1024 / 2**1023, 2**-1, 2**-1074, (2**53 + 1) / 1)
try: print(2**1024 / 3)
except OverflowError as e: print('OverflowError', e)
try: print(float(2**1024))
except OverflowError as e: print('OverflowError', e)
try: print(2**1024 * 1.0)
except OverflowError as e: print('OverflowError', e)
try: print(math.floor(float('inf')))
except OverflowError as e: print('OverflowError', e)
print(10**20 // 3.0, 10**20 % 7.5, 7 // 2.0, -7 // 2.0, 7.0 // -2, divmod(7, -2.5), 7 % -2.5, 0.0 // 1, -0.0 // 1, (-0.0) % 1)
print(True / 2, True // 2, 3 / True, 1 == 1.0, hash(1) == hash(1.0) == hash(True), 0.1 + 0.2 == 0.3, 1e308 + 1e308, -1e308 - 1e308, float('inf') - float('inf'))
