# Widths, zero padding with grouping and precisions large enough that the
# results are built in several steps, against CPython's text.

for spec in ['020,', '021,', '022,', '023,', '024,', '025,', '030_', '031_', '0=40,',
             '050,d', '0=60_x', '#070_b', '#075_X', '0100,', '+0101,', ' 0102_']:
    for v in [0, 7, -7, 1234567, -1234567890123, 2**70, -(2**70)]:
        try:
            print(spec, v, format(v, spec))
        except ValueError as e:
            print(spec, v, 'ValueError', e)
for spec in ['.1100f', '.1200e', '.900g', '#.850g', '.1000%', '1500.3f', '0=1500,.2f', '.801e']:
    for x in [5e-324, 0.1, -2.5, 1e300, 123456.789]:
        text = format(x, spec)
        print(spec, x, len(text), text[:30], text[-30:], text.count('0'))
print(len('%.1100f' % 5e-324), ('%.1100f' % 5e-324)[-40:], ('%.900e' % 0.1)[-20:])
print(len('%.2000d' % 12345), ('%.2000d' % -12345)[:5], ('%#.900x' % 255)[-6:], len('%*d' % (3000, 7)))
print(len('{:>3000}'.format('x')), len('{:^3001}'.format('ab')), '{:.3}'.format('€' * 2000))
print(len(f'{"é" * 1500:<3000}'), f'{"é" * 1500:.5}', len(f'{12:{"0" * 500 + "5"}}'))
